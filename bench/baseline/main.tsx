/**
 * Baseline for `npm run bench`: the same customers list, fetched and parsed exactly as the console
 * does (http() + servicesListRowsSchema), rendered with the community MUI X Data Grid and its own
 * toolbar quick filter. No app shell, router or react-query: the grid gets every advantage.
 * The quick filter's debounce is 0 so the bench compares the work of filtering and rendering,
 * not a debounce delay (the grid's default adds 150 ms to every keystroke).
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { http } from '../../src/api/http';
import { servicesListRowsSchema, type ServiceBrief } from '../../src/api/schemas';
import { licenseTypeName } from '../../src/domain/license-types';

const theme = createTheme();

const count = { type: 'number', width: 120 } as const;
const columns: GridColDef<ServiceBrief>[] = [
  { field: 'customerShortName', headerName: 'Short name', width: 150 },
  { field: 'customerFullName', headerName: 'Full name', flex: 1, minWidth: 180 },
  { field: 'licenseType', headerName: 'License type', width: 180, valueFormatter: (value: number | null) => licenseTypeName(value) ?? '' },
  { field: 'licensedUsersCount', headerName: 'Licensed users', ...count },
  { field: 'activeUserCount', headerName: 'Active users', ...count },
  { field: 'liveHubActiveUsersCount', headerName: 'Live Hub active', ...count },
  { field: 'liveHubSimpleUsersCount', headerName: 'Live Hub simple', ...count },
  { field: 'msTenantId', headerName: 'Microsoft tenant id', width: 300 },
  { field: 'umpCustomerGuid', headerName: 'GUID', width: 300 },
];

// The bench's list has no Operator Connect leads (null GUID); the short name stands in should one come.
const getRowId = (row: ServiceBrief) => row.umpCustomerGuid ?? `lead:${row.customerShortName}`;

function BaselinePage() {
  const [rows, setRows] = useState<ServiceBrief[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    http('/api/v3/customer', { schema: servicesListRowsSchema, signal: controller.signal }).then((read) => setRows(read.rows), (reason: unknown) => {
      if (!controller.signal.aborted) setError(reason instanceof Error ? reason.message : String(reason));
    });
    return () => controller.abort();
  }, []);
  if (error) return <p role="alert">{error}</p>;
  return (
    <div style={{ height: 'calc(100vh - 32px)', padding: 16 }}>
      <DataGrid
        aria-label="Customers"
        rows={rows ?? []}
        loading={rows === null}
        columns={columns}
        getRowId={getRowId}
        showToolbar
        filterDebounceMs={0}
        initialState={{ columns: { columnVisibilityModel: { umpCustomerGuid: false } } }}
      />
    </div>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('no #root');
createRoot(container).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <BaselinePage />
    </ThemeProvider>
  </StrictMode>,
);
