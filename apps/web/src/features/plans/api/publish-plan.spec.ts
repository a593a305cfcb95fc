import { QueryClient } from '@tanstack/react-query';
import { fairnessKeys } from '../../../lib/api/fairness-keys';
import { rotaKeys } from '../../../lib/api/get-rota';
import { invalidateAfterPublish } from './publish-plan';

describe('invalidateAfterPublish', () => {
  it('marks the rota and the fairness ledger stale, and nothing else', async () => {
    const client = new QueryClient();
    const fairness = fairnessKeys.report({ teamId: 't1', from: '2027-01-01', to: '2027-01-31' });
    client.setQueryData(fairness, { employees: [] });
    client.setQueryData([...rotaKeys.all, 'x'], { shifts: [] });
    client.setQueryData(['skills'], []);
    await invalidateAfterPublish(client);
    expect(client.getQueryState(fairness)?.isInvalidated).toBe(true);
    expect(client.getQueryState([...rotaKeys.all, 'x'])?.isInvalidated).toBe(true);
    expect(client.getQueryState(['skills'])?.isInvalidated).toBe(false);
  });
});
