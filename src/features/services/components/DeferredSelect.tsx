/**
 * The services filters' labelled multiple Select, with MUI's FormControl, InputLabel and Select (and
 * its Menu, Popover, Modal) loaded on idle or on first use. Until then it renders what the closed
 * Select renders (same label, combobox, name and look, drawn with our OutlinedField); the first focus, press or opening key swaps in the real one, which takes the
 * focus and, when asked to open, opens. The options are data, not elements, so their MenuItem and
 * Checkbox are loaded with the Select too.
 */
import { useEffect, useState, type ComponentType, type KeyboardEvent } from 'react';
import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import { loadOnIdle } from '../../../components/loadOnIdle';
import { FIELD_CONTROL, FieldBox, FieldInput, FieldLabel, FieldOutline, OutlinedField } from '../../../components/OutlinedField';

export interface FilterSelectProps<T extends string | number> {
  labelId: string;
  label: string;
  /** The field's width in px. */
  width: number;
  disabled?: boolean;
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
    <OutlinedField sx={{ width: props.width }} data-disabled={props.disabled ? '' : undefined}>
      {/* Always shrunk: the empty selection reads "All", not a placeholder. */}
      <FieldLabel id={props.labelId}>{props.label}</FieldLabel>
      <FieldBox>
        <Lookalike labelId={props.labelId} text={props.renderValue(props.value)} disabled={props.disabled ?? false} onUse={use} />
        <FieldOutline label={props.label} />
      </FieldBox>
    </OutlinedField>
  );
}

function RealSelect<T extends string | number>({
  component: Component,
  ...props
}: FilterSelectProps<T> & { open: boolean; focus: boolean; component: ComponentType<FilterSelectProps<T> & { open: boolean; focus: boolean }> }) {
  return <Component {...props} />;
}

interface LookalikeProps {
  labelId: string;
  text: string;
  disabled: boolean;
  onUse: (open: boolean) => void;
}

/** The closed Select's display and arrow (MUI's Select and NativeSelect styles for the outlined variant). */
function Lookalike({ labelId, text, disabled, onUse }: LookalikeProps) {
  // A press opens on its click: swapping at pointer-down would let the release land on the new menu's
  // backdrop and close it. Only a keyboard focus swaps at once.
  const [pointer] = useState(() => ({ down: false }));
  return (
    <>
      <FieldInput
        as="div"
        className={FIELD_CONTROL}
        role="combobox"
        tabIndex={disabled ? undefined : 0}
        aria-disabled={disabled ? 'true' : undefined}
        aria-expanded="false"
        aria-haspopup="listbox"
        aria-labelledby={labelId}
        onFocus={() => {
          if (!pointer.down) onUse(false);
        }}
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
          '&&': { paddingRight: '32px', height: 'auto', minHeight: '1.4375em' },
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
          overflow: 'hidden',
        }}
      >
        {text}
      </FieldInput>
      <ArrowDropDown
        sx={{ position: 'absolute', right: 7, top: 'calc(50% - .5em)', pointerEvents: 'none', color: disabled ? 'action.disabled' : 'action.active' }}
      />
    </>
  );
}
