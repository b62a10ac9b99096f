// Bootstrap only: mount the app with its global stylesheet.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { restoreFromUrl } from './app/url-state';
import { startEngine } from './state/actions';
import './styles/index.css';

const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root element');
// The engine worker starts with the page, so that a file opened offline later still loads.
startEngine();
// The view a link carries is in the stores before the first render.
restoreFromUrl();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
