import { describe, expect, it } from "vitest";
import { THROTTLE, blockedUntil, decideThrottle } from "@/lib/auth/throttle";

const NOW = new Date("2026-11-23T04:00:00Z");
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const minutesFromNow = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe("throttle windows", () => {
  it("are 5 per account and 20 per address in 15 minutes", () => {
    expect(THROTTLE).toEqual({ windowMinutes: 15, perAccount: 5, perAddress: 20 });
  });

  it("let an account fail 4 times, then block until the oldest of the last 5 leaves the window", () => {
    const four = [1, 2, 3, 4].map(minutesAgo);
    expect(blockedUntil(four, 5, NOW)).toBeNull();
    const five = [1, 2, 3, 4, 10].map(minutesAgo);
    expect(blockedUntil(five, 5, NOW)).toEqual(minutesFromNow(5));
    // Six failures: the fifth newest (10 min ago) decides, not the oldest (12 min ago).
    const six = [1, 2, 3, 4, 10, 12].map(minutesAgo);
    expect(blockedUntil(six, 5, NOW)).toEqual(minutesFromNow(5));
  });

  it("slide: failures older than the window no longer count", () => {
    const old = [1, 2, 3, 4, 15, 16, 30].map(minutesAgo);
    expect(blockedUntil(old, 5, NOW)).toBeNull();
    // Exactly at the boundary the failure has left the window.
    expect(blockedUntil([1, 2, 3, 4, 15].map(minutesAgo), 5, NOW)).toBeNull();
    expect(blockedUntil([1, 2, 3, 4, 14.99].map(minutesAgo), 5, NOW)).not.toBeNull();
    // Failures "in the future" (another instance's clock) are ignored rather than blocking forever.
    expect(blockedUntil([minutesFromNow(1), ...[1, 2, 3].map(minutesAgo)], 4, NOW)).toBeNull();
  });

  it("block per address after 20 failures over any accounts, and report the later of two blocks", () => {
    const address = Array.from({ length: 20 }, (_, i) => minutesAgo(i * 0.5));
    expect(decideThrottle({ accountFailures: [], addressFailures: address.slice(0, 19), now: NOW })).toEqual({ ok: true });
    expect(decideThrottle({ accountFailures: [], addressFailures: address, now: NOW })).toEqual({ ok: false, scope: "address", retryAt: new Date(address[19].getTime() + 15 * 60_000) });
    const account = [1, 2, 3, 4, 5].map(minutesAgo);
    const both = decideThrottle({ accountFailures: account, addressFailures: address, now: NOW });
    expect(both).toEqual({ ok: false, scope: "account", retryAt: minutesFromNow(10) });
    const accountOnly = decideThrottle({ accountFailures: account, addressFailures: [], now: NOW });
    expect(accountOnly).toEqual({ ok: false, scope: "account", retryAt: minutesFromNow(10) });
  });
});
