/**
 * Values earlier customers already use, remembered from answers the proxy forwarded (CAC profiles from SIP
 * connections, channel ids from OVOC customers), for the wizard's suggestions. In memory, per instance,
 * bounded; no secret is ever recorded here. The mirror can later feed the same sets from its own reads.
 */
const MAX_VALUES = 200;

export class SeenValues {
  readonly #cacProfiles = new Set<string>();
  readonly #channelIds = new Set<string>();

  recordCacProfile(value: unknown): void {
    remember(this.#cacProfiles, value);
  }

  recordChannelId(value: unknown): void {
    remember(this.#channelIds, value);
  }

  cacProfiles(): string[] {
    return [...this.#cacProfiles].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  }

  channelIds(): string[] {
    return [...this.#channelIds].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  }
}

function remember(set: Set<string>, value: unknown): void {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (text === '' || text.length > 100) return;
  // Most recent last: at the bound the oldest goes, so a long-running server keeps current values.
  set.delete(text);
  set.add(text);
  if (set.size > MAX_VALUES) set.delete(set.values().next().value ?? text);
}
