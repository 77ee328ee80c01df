/** A wide table that scrolls sideways inside its box on a narrow screen (the page itself never
 * does). The box can take the focus, so the keyboard can scroll it too, and is named for screen
 * readers by what it holds; the table carries the same name as its caption. */
import type { ComponentChildren } from 'preact';

export const DataTable = ({ caption, label = caption, columns, children }: { caption: string; label?: string; columns: readonly ComponentChildren[]; children: ComponentChildren }) => (
  <div class="table-scroll" tabIndex={0} role="region" aria-label={label}>
    <table>
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th scope="col" key={i}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  </div>
);
