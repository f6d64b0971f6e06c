/**
 * Browser side of the scan page: a code read by the camera, from a photo or typed is parsed
 * here (src/lib/scan/pack-code.ts), its presentation looked up in one shard of the static
 * lookup, and the result shown. Nothing the code holds leaves the page: only the shard's
 * three digits appear in the one request made, and nothing is stored.
 */
import { type CipEntry, findInShard, shardOf } from '../lib/scan/cip-shards.ts';
import { readPackCode } from '../lib/scan/pack-code.ts';
import { cipShardPath } from '../lib/addresses.ts';
import { type ResultRow, type ScanResult, queryOf, scanResultOf } from '../lib/scan/scan-result.ts';
import { type CameraScan, imageDataOf, startCamera } from './scan/camera.ts';
import { loadDecoder } from './scan/decoder.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function rowsList(rows: ResultRow[]): HTMLDListElement {
  const list = element('dl', undefined, 'scan-rows');
  for (const row of rows) list.append(element('dt', row.label), element('dd', row.value));
  return list;
}

function render(result: ScanResult): void {
  const body = byId('scan-result-body');
  body.replaceChildren();
  body.append(element('p', 'Données lues dans le code, affichées ici seulement :'), rowsList(result.codeRows));
  if (result.message) body.append(element('p', result.message, 'note'));
  for (const found of result.found) {
    const heading = element('h3');
    const link = element('a', found.name);
    link.href = found.href;
    heading.append(link);
    body.append(heading, ...found.notes.map((note) => element('p', note, 'note')), rowsList(found.rows));
  }
  showResult();
}

function renderMessage(message: string): void {
  byId('scan-result-body').replaceChildren(element('p', message, 'note'));
  showResult();
}

function showResult(): void {
  const section = byId('scan-result');
  section.hidden = false;
  performance.mark('scan-shown');
  byId('scan-result-title').focus();
}

const status = (text: string) => {
  byId('scan-status').textContent = text;
};

async function lookUp(text: string): Promise<void> {
  // Marks for the tests' timings: code read, result shown.
  performance.clearMarks('scan-read');
  performance.clearMarks('scan-shown');
  performance.mark('scan-read');
  const code = readPackCode(text, new Date());
  if (code.kind === 'rejected') {
    status('');
    renderMessage(code.message);
    return;
  }
  const query = queryOf(code);
  status('Recherche de la présentation…');
  try {
    const response = await fetch(cipShardPath(shardOf(query)));
    if (!response.ok) throw new Error(String(response.status));
    const entries = (await response.json()) as CipEntry[];
    status('');
    render(scanResultOf(code, findInShard(entries, query), new Date()));
  } catch {
    status("La table des codes du site n'a pas pu être chargée (connexion coupée ?). Réessayez.");
  }
}

let camera: CameraScan | null = null;

function stopCamera(): void {
  camera?.stop();
  camera = null;
  byId('camera-start').hidden = false;
  byId('camera-stop').hidden = true;
}

function cameraError(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError') return "L'accès à la caméra est refusé : autorisez-le dans votre navigateur, ou choisissez une photo, ou tapez le code.";
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return "Aucune caméra n'est disponible : choisissez une photo ou tapez le code.";
  return "La caméra n'a pas pu démarrer : choisissez une photo ou tapez le code.";
}

async function startScan(): Promise<void> {
  if (!navigator.mediaDevices?.getUserMedia) {
    status('Ce navigateur ne donne pas accès à la caméra sur cette page : choisissez une photo ou tapez le code.');
    return;
  }
  byId('camera-start').hidden = true;
  byId('camera-stop').hidden = false;
  status('Chargement du lecteur de codes…');
  try {
    const decode = await loadDecoder();
    status('Caméra allumée : placez le code DataMatrix ou le code-barres de la boîte dans le cadre.');
    camera = await startCamera(byId<HTMLVideoElement>('camera-video'), async (frame) => {
      const [text] = await decode(frame);
      if (text === undefined) return false;
      stopCamera();
      await lookUp(text);
      return true;
    });
    // The page was hidden while the visitor was asked for the camera.
    if (document.hidden) stopCamera();
  } catch (error) {
    stopCamera();
    status(cameraError(error));
  }
}

async function readPhoto(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  status('Lecture de la photo…');
  performance.clearMarks('photo-picked');
  performance.mark('photo-picked');
  try {
    const decode = await loadDecoder();
    const [text] = await decode(await imageDataOf(file));
    if (text === undefined) status('Aucun code lu sur cette photo : essayez une photo plus nette, plus proche du code et bien éclairée.');
    else await lookUp(text);
  } catch {
    status("Cette image n'a pas pu être lue.");
  }
  // The same photo may be picked again.
  input.value = '';
}

export function startScanPage(): void {
  byId('camera-start').addEventListener('click', () => void startScan());
  byId('camera-stop').addEventListener('click', () => {
    stopCamera();
    status('Caméra éteinte.');
  });
  const photo = byId<HTMLInputElement>('photo');
  photo.addEventListener('change', () => void readPhoto(photo));
  byId<HTMLFormElement>('code-form').addEventListener('submit', (event) => {
    // Handled here: the typed code stays out of the address and of any request.
    event.preventDefault();
    void lookUp(byId<HTMLInputElement>('code').value);
  });
  // The camera is never left on behind the visitor's back.
  window.addEventListener('pagehide', stopCamera);
  document.addEventListener('visibilitychange', () => {
    if (document.hidden && camera) {
      stopCamera();
      status('Caméra éteinte : la page a été quittée.');
    }
  });
}
