/**
 * Responsible for posting one JSON message to the notify-webhook URL (Slack-compatible), with
 * the retry policy. The URL is a secret (it is the credential): it is masked when read and
 * never named in a message.
 */
import type { Clock } from '../clock.js';
import { fetchWithRetry } from '../http/fetch-with-retry.js';
import type { ServicePolicy } from '../policy.js';

export async function postWebhook(url: string, payload: Record<string, unknown>, policy: ServicePolicy, clock: Clock): Promise<{ ok: boolean; status: number }> {
  const answer = await fetchWithRetry(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) }, { policy, clock, doing: 'posting to notify-webhook' });
  return { ok: answer.status >= 200 && answer.status < 300, status: answer.status };
}
