// A document being edited (an issue or a profile): its data as the server last confirmed it plus
// the edits made since, saved soon after every change. The server keeps nothing in the browser's
// care: a change is on disk within about a second. Each save names the version it was made from;
// if another tab or program changed the file meanwhile, the server refuses (409) and we stop and
// ask, instead of overwriting.

import {call, ApiError} from './api.js';

const DELAY = 500;

const container = v => v !== null && typeof v === 'object';

/**
 * Makes `target` hold what `source` holds, keeping target's own objects and arrays wherever both
 * have one at the same place: a page that holds on to an article or a list of blocks (to add a
 * picture when its upload is done, say) keeps adding to the document, not to a copy the server's
 * corrected answer replaced. Returns what the document is now.
 */
function adopt(target, source) {
  if (!container(target) || !container(source) || Array.isArray(target) !== Array.isArray(source)) return source;
  if (Array.isArray(source)) {
    source.forEach((v, i) => { target[i] = adopt(target[i], v); });
    target.length = source.length;
    return target;
  }
  for (const k of Object.keys(target)) if (!(k in source)) delete target[k];
  for (const [k, v] of Object.entries(source)) target[k] = adopt(target[k], v);
  return target;
}

export class Doc extends EventTarget {
  constructor(kind, id, answer) {
    super();
    this.kind = kind;            // 'issue' | 'profile'
    this.id = id;
    this.version = answer.version;
    this.data = answer.data;
    this.profile = answer.profile || null;
    this.state = 'saved';
    this.timer = null;
    this.saving = null;
    this.pendingNormalise = false;
  }

  static async load(kind, id) {
    const answer = await call('GET', '/api/' + kind, {query: {id}});
    return new Doc(kind, id, answer);
  }

  /** Something changed; `normalise` asks for the punctuation to be put right (a field was left). */
  changed({normalise = false, soon = false} = {}) {
    if (this.state === 'conflict') return;
    this.pendingNormalise = this.pendingNormalise || normalise;
    this.setState('dirty');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.save(), soon || normalise ? 0 : DELAY);
  }

  /** Saves now if anything waits; resolves when the file is written. */
  async flush() {
    clearTimeout(this.timer);
    if (this.saving) await this.saving.catch(() => {});
    if (this.state === 'dirty') await this.save();
  }

  async save({keepalive = false} = {}) {
    if (this.saving) {
      // one save at a time; the changes made meanwhile go in the next
      await this.saving.catch(() => {});
      if (this.state !== 'dirty') return;
    }
    clearTimeout(this.timer);
    const normalise = this.pendingNormalise;
    this.pendingNormalise = false;
    this.setState('saving');
    const sent = JSON.stringify(this.data);
    this.saving = call('PUT', '/api/' + this.kind, {
      query: {id: this.id}, version: this.version, json: {data: this.data, normalise},
      keepalive: keepalive && new TextEncoder().encode(sent).length < 60000,
    });
    try {
      const answer = await this.saving;
      this.version = answer.version;
      const editedMeanwhile = JSON.stringify(this.data) !== sent;
      if (answer.data && !editedMeanwhile) {
        this.data = adopt(this.data, answer.data);
        this.dispatchEvent(new CustomEvent('replaced'));
      }
      this.setState(editedMeanwhile ? 'dirty' : 'saved');
      this.dispatchEvent(new CustomEvent('saved', {detail: answer}));
      if (editedMeanwhile) this.changed();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        this.setState('conflict');
        this.dispatchEvent(new CustomEvent('conflict', {detail: e.message}));
      } else {
        this.setState('error');
        this.dispatchEvent(new CustomEvent('failed', {detail: e.message}));
        this.timer = setTimeout(() => this.state === 'error' && this.changed(), 4000);
      }
    } finally {
      this.saving = null;
    }
  }

  /** Drops the local edits and takes the file as it is on disk now. */
  async reload() {
    const answer = await call('GET', '/api/' + this.kind, {query: {id: this.id}});
    this.version = answer.version;
    this.data = adopt(this.data, answer.data);
    this.setState('saved');
    this.dispatchEvent(new CustomEvent('replaced'));
  }

  /** Keeps the local version over the one on disk, after the person chose so (the disk's goes to history). */
  async overwrite() {
    const answer = await call('GET', '/api/' + this.kind, {query: {id: this.id}});
    this.version = answer.version;
    this.state = 'dirty';
    await this.save();
  }

  setState(s) {
    this.state = s;
    this.dispatchEvent(new CustomEvent('state'));
  }
}

/** The one document open at a time, shared by the issue and article pages of the same issue. */
let open = null;

export async function openDoc(kind, id) {
  if (open && open.kind === kind && open.id === id) return open;
  if (open) await open.flush();
  open = await Doc.load(kind, id);
  return open;
}

export function currentDoc() {
  return open;
}
