import type { FrameHealth } from '@/lib/db/schema';

const LABEL: Record<FrameHealth['state'], string> = {
  attached: 'Capturing',
  waiting: 'Waiting for chat',
  'no-rows': 'Chat not readable',
  wall: 'Blocked by the page',
  ended: 'Stream ended',
  unsupported: 'Not a live room',
};

export function HealthBadge({ health }: { health?: FrameHealth }) {
  if (!health) return <span className="health health-none" data-testid="capture-health">No capture on this tab</span>;
  return (
    <span className={`health health-${health.state}`} data-testid="capture-health" data-state={health.state} title={health.detail}>
      {LABEL[health.state]} · {health.detail}
    </span>
  );
}
