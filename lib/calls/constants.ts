// Call constants the browser needs, apart from ./schemas so the incoming-call banner (on
// every page) and the call screen do not pull zod into their first-load JavaScript.
/** How long a call rings before it becomes a missed call. */
export const RING_MS = 30_000;
/** Devices in an active call say so this often… */
export const HEARTBEAT_MS = 15_000;
/** …and a call no device has kept alive for this long (every browser crashed) ends. */
export const STALE_MS = 60_000;
/**
 * A WebRTC signal, posted to the server and relayed to the other participant on their
 * user channel, stamped with the sender the server authenticated (`from`).
 */
export const SIGNAL_EVENT = 'call-signal';
