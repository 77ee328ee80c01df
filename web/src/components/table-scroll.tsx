/** A wide table that scrolls sideways inside its box on a narrow screen (the page itself never
 * does). The box can take the focus, so the keyboard can scroll it too, and is named for screen
 * readers by what it holds. */
import type { ComponentChildren } from 'preact';

export const TableScroll = ({ label, children }: { label: string; children: ComponentChildren }) => (
  <div class="table-scroll" tabIndex={0} role="region" aria-label={label}>
    {children}
  </div>
);
