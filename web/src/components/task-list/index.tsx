/** GOV.UK's task list: each step of the entry with how far along it is. */
import type { Innovation } from '../../api/contract';
import { useTexts } from '../../i18n';
import { STEPS, stepPath, stepProgress } from '../../innovation/steps';
import './style.css';

export const TaskList = ({ innovation }: { innovation: Innovation }) => {
  const t = useTexts();
  const label = { 'not-started': t.taskNotStarted, 'in-progress': t.taskInProgress, done: t.taskDone };
  return (
    <ol class="task-list">
      {STEPS.map((s) => {
        const progress = stepProgress(innovation, s);
        return (
          <li class="task-list__item" key={s.key}>
            <a href={stepPath(innovation.id, s.key)} aria-describedby={`task-${s.key}`}>
              {s.title(t)}
            </a>
            <span id={`task-${s.key}`} class={`tag ${progress === 'done' ? '' : progress === 'in-progress' ? 'gold' : 'grey'}`}>
              {label[progress]}
            </span>
          </li>
        );
      })}
    </ol>
  );
};
