/**
 * The one script every page loads: small progressive enhancements that do nothing on pages
 * without the elements they enhance. Sharing one script keeps every page's JavaScript the same
 * (and cached after the first page); only the decision tree brings its own.
 */
import { defineListFilter } from './list-filter';
import { setupCopyLinks } from './copy-link';

setupCopyLinks();
defineListFilter();

// A diagram's full-screen view and download load on the first click on either button.
document.addEventListener('click', (event) => {
  const control = (event.target as Element).closest<HTMLButtonElement>('[data-diagram-action]');
  const figure = control?.closest<HTMLElement>('figure.diagram');
  if (!control || !figure) return;
  void import('./diagram-viewer').then(({ openDiagram, downloadDiagram }) =>
    control.dataset.diagramAction === 'open' ? openDiagram(figure, control) : downloadDiagram(figure),
  );
});
