/**
 * The services filters' multiple Select, with MUI's Select (and its Menu, Popover, Modal) loaded on
 * idle or on first use. Until then it renders what the closed Select renders (same combobox, name,
 * classes and look); the first focus, press or opening key swaps in the real one, which takes the
 * focus and, when asked to open, opens. The options are data, not elements, so their MenuItem and
 * Checkbox are loaded with the Select too.
 */
import { createContext, useContext, useEffect, useState, type ComponentType, type FocusEvent, type KeyboardEvent } from 'react';
import type { InputBaseComponentProps } from '@mui/material/InputBase';
import OutlinedInput from '@mui/material/OutlinedInput';
import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import Box from '@mui/material/Box';
import { loadOnIdle } from '../../../components/loadOnIdle';

export interface FilterSelectProps<T extends string | number> {
  labelId: string;
  label: string;
  value: T[];
  /** A string when the browser's autofill hands one over. */
  onChange: (value: T[] | string) => void;
  renderValue: (value: T[]) => string;
  options: readonly FilterOption<T>[];
}

/** One checkable option: its name, an optional second line, and how many customers it would show. */
export interface FilterOption<T extends string | number> {
  value: T;
  label: string;
  secondary?: string;
  count: number;
}

type Loaded = ComponentType<FilterSelectProps<string | number> & { open: boolean; focus: boolean }>;

let loaded: Loaded | null = null;
const load = () =>
  import('./FilterSelect').then((m) => {
    loaded = m.default as Loaded;
    return loaded;
  });

const OPEN_KEYS = [' ', 'ArrowUp', 'ArrowDown', 'Enter'];

export function DeferredSelect<T extends string | number>(props: FilterSelectProps<T>) {
  const [Select, setSelect] = useState<Loaded | null>(() => loaded);
  const [want, setWant] = useState({ open: false, focus: false });
  useEffect(() => (Select ? undefined : loadOnIdle(load)), [Select]);

  if (Select) {
    const real = Select as unknown as ComponentType<FilterSelectProps<T> & { open: boolean; focus: boolean }>;
    return <RealSelect component={real} {...props} {...want} />;
  }
  const use = (open: boolean) => {
    setWant((prev) => ({ open: prev.open || open, focus: true }));
    void load().then((component) => setSelect(() => component), () => undefined);
  };
  return (
    <LookalikeContext.Provider value={{ labelId: props.labelId, text: props.renderValue(props.value), onUse: use }}>
      <OutlinedInput label={props.label} notched inputComponent={Lookalike} />
    </LookalikeContext.Provider>
  );
}

function RealSelect<T extends string | number>({
  component: Component,
  ...props
}: FilterSelectProps<T> & { open: boolean; focus: boolean; component: ComponentType<FilterSelectProps<T> & { open: boolean; focus: boolean }> }) {
  return <Component {...props} />;
}

interface LookalikeData {
  labelId: string;
  text: string;
  onUse: (open: boolean) => void;
}

const LookalikeContext = createContext<LookalikeData>({ labelId: '', text: '', onUse: () => undefined });

// InputBase hands its input focus handlers typed for <input>; the lookalike is a <div> like Select's.
type InputFocus = FocusEvent<HTMLInputElement>;

/** The closed Select's display and arrow (MUI's Select and NativeSelect styles for the outlined variant). */
function Lookalike({ className, disabled, onFocus, onBlur, ref }: InputBaseComponentProps) {
  const { labelId, text, onUse } = useContext(LookalikeContext);
  // A press opens on its click: swapping at pointer-down would let the release land on the new menu's
  // backdrop and close it. Only a keyboard focus swaps at once.
  const [pointer] = useState(() => ({ down: false }));
  return (
    <>
      <Box
        ref={ref}
        className={`${className ?? ''} MuiSelect-select MuiSelect-outlined MuiSelect-multiple${disabled ? ' Mui-disabled' : ''}`}
        role="combobox"
        tabIndex={disabled ? undefined : 0}
        aria-disabled={disabled ? 'true' : undefined}
        aria-expanded="false"
        aria-haspopup="listbox"
        aria-labelledby={labelId}
        onFocus={(event: FocusEvent<HTMLDivElement>) => {
          onFocus?.(event as unknown as InputFocus);
          if (!pointer.down) onUse(false);
        }}
        onBlur={(event: FocusEvent<HTMLDivElement>) => onBlur?.(event as unknown as InputFocus)}
        onPointerDown={() => Object.assign(pointer, { down: true })}
        onClick={() => {
          Object.assign(pointer, { down: false });
          if (!disabled) onUse(true);
        }}
        onKeyDown={(event: KeyboardEvent) => {
          if (OPEN_KEYS.includes(event.key)) {
            event.preventDefault();
            onUse(true);
          }
        }}
        sx={{
          userSelect: 'none',
          cursor: disabled ? 'default' : 'pointer',
          borderRadius: 1,
          '&:focus': { borderRadius: 1 },
          '&&&': { paddingRight: '32px' },
          '&.MuiSelect-select': { height: 'auto', minHeight: '1.4375em', textOverflow: 'ellipsis', whiteSpace: 'nowrap', overflow: 'hidden' },
        }}
      >
        {text}
      </Box>
      <ArrowDropDown
        className={`MuiSelect-icon MuiSelect-iconOutlined${disabled ? ' Mui-disabled' : ''}`}
        sx={{ position: 'absolute', right: 7, top: 'calc(50% - .5em)', pointerEvents: 'none', color: disabled ? 'action.disabled' : 'action.active' }}
      />
    </>
  );
}
