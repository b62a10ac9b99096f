/**
 * Summary phrases of file events: what the process did to which path. Where a change has a
 * before and an after (rename, link, chmod, chown, xattrs), the after side is in
 * `file.destination` (CWS serializer placement, see reference/cws-formats.md §2.4).
 */
import type { JsonNode } from '../json-model';
import { member, numberOf, scalarText, stringsOf, textOf } from '../body/json-access';
import { describeFileMode } from '../describe/file-mode';
import { describeOpenFlags, openModeText } from '../describe/open-flags';
import type { PartsBuilder } from './summary-parts';
import { filePath } from './phrase-helpers';
import type { Phrase } from './phrase-helpers';

const file = (body: JsonNode) => member(body, 'file');
const destination = (body: JsonNode) => member(member(body, 'file'), 'destination');

function octalMode(node: JsonNode | undefined): string | undefined {
  const mode = numberOf(node);
  return mode === undefined ? undefined : describeFileMode(mode)?.octal;
}

/** `root:adm`, from names where there are names, else ids. */
function owner(node: JsonNode | undefined, path: string, out: PartsBuilder): void {
  const user = textOf(member(node, 'user'));
  if (user !== undefined && user !== '') out.value(user, `${path}.user`);
  else out.field(member(node, 'uid'), `${path}.uid`, '?');
  out.text(':');
  const group = textOf(member(node, 'group'));
  if (group !== undefined && group !== '') out.value(group, `${path}.group`);
  else out.field(member(node, 'gid'), `${path}.gid`, '?');
}

function verbOnPath(verb: string): Phrase {
  return (body, out) => {
    out.text(`${verb} `);
    filePath(file(body), 'file', out);
  };
}

function xattr(verb: string, preposition: string): Phrase {
  return (body, out) => {
    const dest = destination(body);
    const onDestination = member(dest, 'attribute_name') !== undefined;
    const holder = onDestination ? dest : file(body);
    const holderPath = onDestination ? 'file.destination' : 'file';
    out.text(`${verb} the extended attribute `);
    out.field(member(holder, 'attribute_name'), `${holderPath}.attribute_name`, '(unnamed)');
    out.text(` ${preposition} `);
    filePath(file(body), 'file', out);
  };
}

export const FILE_PHRASES: Readonly<Record<string, Phrase>> = {
  open: (body, out) => {
    out.text('opened ');
    filePath(file(body), 'file', out);
    const flags = stringsOf(member(file(body), 'flags'));
    if (flags !== undefined) out.text(` ${openModeText(describeOpenFlags(flags))}`);
  },
  unlink: verbOnPath('deleted'),
  rmdir: verbOnPath('removed the directory'),
  chdir: verbOnPath('changed directory to'),
  utimes: verbOnPath('changed the timestamps of'),
  mkdir: (body, out) => {
    out.text('created the directory ');
    filePath(file(body), 'file', out);
    const mode = octalMode(member(destination(body), 'mode'));
    if (mode !== undefined) out.text(' with mode ').value(mode, 'file.destination.mode');
  },
  chmod: (body, out) => {
    out.text('changed the mode of ');
    filePath(file(body), 'file', out);
    const before = octalMode(member(file(body), 'mode'));
    const after = octalMode(member(destination(body), 'mode'));
    if (before !== undefined) out.text(' from ').value(before, 'file.mode');
    if (after !== undefined) out.text(' to ').value(after, 'file.destination.mode');
  },
  chown: (body, out) => {
    out.text('changed the owner of ');
    filePath(file(body), 'file', out);
    out.text(' from ');
    owner(file(body), 'file', out);
    const dest = destination(body);
    if (dest !== undefined) {
      out.text(' to ');
      owner(dest, 'file.destination', out);
    }
  },
  rename: (body, out) => {
    out.text('renamed ');
    filePath(file(body), 'file', out);
    out.text(' → ');
    filePath(destination(body), 'file.destination', out);
  },
  link: (body, out) => {
    out.text('hard-linked ');
    filePath(file(body), 'file', out);
    out.text(' → ');
    filePath(destination(body), 'file.destination', out);
  },
  setxattr: xattr('set', 'on'),
  removexattr: xattr('removed', 'from'),
  splice: (body, out) => {
    out.text('spliced ');
    filePath(file(body), 'file', out);
    out.text(' into a pipe');
    const exit = scalarText(member(member(body, 'splice'), 'pipe_exit_flag'));
    if (exit !== undefined) out.text(' (exit flag ').value(exit, 'splice.pipe_exit_flag').text(')');
  },
  umount: (body, out) => {
    const mountId = member(file(body), 'new_mount_id');
    out.text('unmounted ');
    if (textOf(member(file(body), 'path')) !== undefined) filePath(file(body), 'file', out);
    else out.text('mount ').field(mountId, 'file.new_mount_id', '(unknown)');
  },
};
