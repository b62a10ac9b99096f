/**
 * The Connect to ClickHouse dialog (`connect-dialog`): server URL, database, user and
 * password, and whether to remember the password on this device (off by default: it is then
 * kept for this browser session only). Shows why the last attempt failed.
 */
import { useEffect, useRef, useState } from 'react';
import { connectSource } from '../../state/source-actions';
import { storedPassword } from '../../state/source-password';
import { closeConnectDialog, useSourceStore } from '../../state/source-store';
import { wrapTab } from '../export/focus-trap';

const DEFAULT_URL = 'http://127.0.0.1:8123';

interface TextFieldProps {
  readonly label: string;
  readonly testId: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'url' | 'password';
  readonly autoComplete?: string;
}

function TextField({
  label,
  testId,
  value,
  onChange,
  type = 'text',
  autoComplete,
}: TextFieldProps) {
  return (
    <label>
      {label}
      <input
        data-testid={testId}
        type={type}
        autoComplete={autoComplete}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

export function ConnectDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const { server, error, status } = useSourceStore();
  const [url, setUrl] = useState(server?.url ?? DEFAULT_URL);
  const [database, setDatabase] = useState(server?.database ?? 'default');
  const [username, setUsername] = useState(server?.username ?? 'default');
  const [password, setPassword] = useState(() =>
    server === undefined ? '' : (storedPassword(server) ?? ''),
  );
  const [remember, setRemember] = useState(false);

  useEffect(() => {
    if (dialog.current?.open === false) dialog.current.showModal();
  }, []);

  const connect = () =>
    // Not awaited: the source store says how it went.
    void connectSource(
      { url: url.trim(), database: database.trim(), username: username.trim() },
      password,
      { remember },
    );

  return (
    <dialog
      ref={dialog}
      className="export-dialog connect-dialog"
      data-testid="connect-dialog"
      aria-labelledby="connect-title"
      onClose={closeConnectDialog}
      onKeyDown={(e) => {
        e.stopPropagation();
        wrapTab(e);
      }}
    >
      <div className="overlay-head">
        <h2 id="connect-title">Connect to ClickHouse</h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close (Esc)"
          onClick={() => dialog.current?.close()}
        >
          ×
        </button>
      </div>
      <form
        className="connect-form"
        onSubmit={(e) => {
          e.preventDefault();
          connect();
        }}
      >
        <p className="dim">
          Events are then read from this server instead of files opened in this tab. The link names
          the server and database, never the password.
        </p>
        <TextField
          label="Server URL"
          testId="source-url"
          type="url"
          value={url}
          onChange={setUrl}
        />
        <TextField
          label="Database"
          testId="source-database"
          value={database}
          onChange={setDatabase}
        />
        <TextField
          label="User"
          testId="source-user"
          autoComplete="username"
          value={username}
          onChange={setUsername}
        />
        <TextField
          label="Password"
          testId="source-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <label className="connect-remember">
          <input
            data-testid="source-remember"
            type="checkbox"
            checked={remember}
            onChange={(e) => setRemember(e.target.checked)}
          />
          Remember the password on this device
        </label>
        {error !== undefined && (
          <p className="export-warning" role="alert" data-testid="source-error">
            {error}
          </p>
        )}
        <div className="export-actions">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button--primary"
            data-testid="source-connect"
            disabled={status === 'connecting'}
          >
            {status === 'connecting' ? 'Connecting…' : 'Connect'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
