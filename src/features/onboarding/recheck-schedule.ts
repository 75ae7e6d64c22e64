/**
 * When a create's answer never came, the platform may still be working on it (our server gave up
 * after its upstream timeout, the platform did not). So the list is read at once and, while the
 * customer is not there, again after each of these pauses; only then is sending again offered.
 * Should the platform finish even later, it refuses the second create as a duplicate (409) rather
 * than creating the customer twice.
 */
export const RECHECK_DELAYS_MS: readonly number[] = [2000, 3000, 4000, 5000];
