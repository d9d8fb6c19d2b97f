// The omgservers web console (docs/console.md). It is a client of the server's own JSON API
// (docs/api.md): it signs in with `support/create-token` (any user, by id or alias), keeps the
// token in this tab's sessionStorage, and sends it as a bearer token on every call, so the
// server decides what each user may see and do exactly as it does for omgctl. Pages are built
// with DOM calls, never from HTML strings: names and logs from the server cannot inject markup.

const API = '/service/v1/entrypoint';
const POLL_MS = 2000;
const SAMPLES = 30;

// ---------------------------------------------------------------------------------------------
// Session

const session = {
  get token() { return sessionStorage.getItem('omg.token'); },
  get user() { return sessionStorage.getItem('omg.user'); },
  get roles() { return JSON.parse(sessionStorage.getItem('omg.roles') || '[]'); },
  start(user, token) {
    // The token's payload names the user's roles (`groups`); the server still checks each call.
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    sessionStorage.setItem('omg.token', token);
    sessionStorage.setItem('omg.user', user);
    sessionStorage.setItem('omg.roles', JSON.stringify(payload.groups || []));
  },
  end() { sessionStorage.clear(); },
  // Roles are the JWT `groups`, in lower case (`support`, `admin`, `developer` …).
  has(role) { return this.roles.includes(role); },
};

class ApiError extends Error {
  constructor(status, qualifier, message) {
    super(`${qualifier}: ${message}`);
    this.status = status;
    this.qualifier = qualifier;
  }
}

/** Calls one operation of the API (`area`/`op`) with a JSON body; throws ApiError. */
async function call(area, op, body = {}) {
  const headers = { 'content-type': 'application/json' };
  if (session.token) headers.authorization = `Bearer ${session.token}`;
  const response = await fetch(`${API}/${area}/request/${op}`, {
    method: 'POST', headers, body: JSON.stringify(body),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    if (response.status === 401 && op !== 'create-token') {
      session.end();
      location.hash = '#/login';
    }
    throw new ApiError(response.status, answer.qualifier || response.status, answer.message || response.statusText);
  }
  return answer;
}

// ---------------------------------------------------------------------------------------------
// Building pages

/** An element: `h('a', {href: '#/x'}, 'text', child…)`; strings become text nodes. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** A table with a caption (for screen readers), headers and rows of cells. */
function table(caption, headers, rows, empty = 'None.') {
  if (rows.length === 0) return h('p', { class: 'muted' }, empty);
  return h('table', {},
    h('caption', { class: 'skip' }, caption),
    h('thead', {}, h('tr', {}, headers.map((name) => h('th', { scope: 'col' }, name)))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell))))));
}

const state = (value) => h('span', { class: `state-${value}` }, value ?? '—');
const link = (href, text) => h('a', { href }, text);
const when = (iso) => (iso ? new Date(iso).toLocaleString() : '—');

/** How long ago, in words a person reads at a glance. */
function age(iso) {
  const seconds = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 1000));
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)} h`;
  return `${Math.floor(seconds / 86400)} d`;
}

/** Tells the person what happened (an error in red). */
function say(message, error = false) {
  const status = document.getElementById('status');
  status.textContent = message || '';
  status.classList.toggle('error', error);
}

/** Renders a page into <main>; a failed call shows its qualifier and message. A page that
 * is no longer the current one when its calls return renders nothing. */
async function show(title, build) {
  const page = currentPage;
  const main = document.getElementById('main');
  document.title = `${title} — omgservers console`;
  let content;
  try {
    content = [h('h1', {}, title), ...[await build()].flat()];
  } catch (e) {
    content = [h('h1', {}, title), h('p', { class: 'state-FAILED' }, e.message)];
    if (page === currentPage) stopTimers();
  }
  if (page !== currentPage) return;
  main.replaceChildren(...content);
  main.focus({ preventScroll: true });
}

/** Shows the confirmation dialog with `content` and an action button named `action`;
 * true when the person confirmed. */
async function ask(content, action) {
  document.getElementById('confirm-body').replaceChildren(...content);
  document.getElementById('confirm-ok').textContent = action;
  const dialog = document.getElementById('confirm');
  dialog.returnValue = '';
  dialog.showModal();
  await new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
  return dialog.returnValue === 'ok';
}

/** Asks before a delete: the server's dry run says what would go with it. */
async function confirmDelete(what, dryRun, doIt) {
  const counts = (await dryRun()).would_delete || {};
  const items = Object.entries(counts).filter(([, n]) => n > 0).map(([k, n]) => h('li', {}, `${k}: ${n}`));
  const content = [
    h('p', {}, `Delete ${what}? This cannot be undone.`),
    items.length ? h('div', {}, h('p', {}, 'It removes:'), h('ul', {}, items)) : null,
  ].filter(Boolean);
  if (!(await ask(content, 'Delete'))) return false;
  await doIt();
  return true;
}

/** A small line chart of the last samples. */
function sparkline(values) {
  const max = Math.max(1, ...values.filter((v) => v != null));
  // A missing value (nothing measured) is left out, not drawn as zero.
  const points = values.map((v, i) => (v == null ? null : `${(i / Math.max(1, SAMPLES - 1)) * 100},${38 - (v / max) * 36}`))
    .filter((p) => p !== null).join(' ');
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 100 40');
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS('http://www.w3.org/2000/svg', 'polyline');
  line.setAttribute('points', points);
  svg.append(line);
  return svg;
}

// The page on screen: each rendering gets a new number, and what an older one finishes late
// (a slow call, a poll) is dropped instead of overwriting the newer page.
let currentPage = 0;
let timers = [];

/** Runs `fn` every `ms` while the page that asked is on screen; one run at a time. */
function every(ms, fn) {
  const page = currentPage;
  let busy = false;
  const timer = setInterval(async () => {
    if (page !== currentPage) { clearInterval(timer); return; }
    if (busy) return;
    busy = true;
    try { await fn(); } catch (e) { say(e.message, true); } finally { busy = false; }
  }, ms);
  timers.push(timer);
}

function stopTimers() { timers.forEach(clearInterval); timers = []; }

/** An action's handler: a refused call shows the server's qualifier and message. */
function act(fn) {
  return async (event) => {
    try { await fn(event); } catch (e) { say(e.message, true); }
  };
}

// ---------------------------------------------------------------------------------------------
// Pages

function loginPage() {
  const user = h('input', { id: 'user', name: 'user', autocomplete: 'username', required: true });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = h('form', { class: 'login', onsubmit: async (event) => {
    event.preventDefault();
    try {
      const answer = await call('support', 'create-token', { user: user.value.trim(), password: password.value });
      session.start(user.value.trim(), answer.raw_token);
      location.hash = '#/';
    } catch (e) {
      say(e.status === 401 ? 'Wrong user or password.' : e.message, true);
    }
  } },
  h('label', { for: 'user' }, 'User (id or alias)', user),
  h('label', { for: 'password' }, 'Password', password),
  h('button', { class: 'primary', type: 'submit' }, 'Sign in'));
  return show('Sign in', () => [h('p', {}, 'The same users and roles as the API and omgctl.'), form]);
}

function tenantsPage() {
  return show('Tenants', async () => {
    const { tenants } = await call('support', 'list-tenants', { limit: 1000 });
    const rows = tenants.map((t) => [
      session.has('developer') ? link(`#/t/${t.id}`, t.id) : t.id, t.aliases.join(', '), when(t.created),
      link(`#/permissions/${t.id}`, 'Permissions'),
      h('button', { class: 'danger', 'aria-label': `Delete tenant ${t.id}`, onclick: act(async () => {
        const deleted = await confirmDelete(`tenant ${t.aliases[0] || t.id}`,
          () => call('support', 'delete-tenant', { tenant: t.id, dry_run: true }),
          () => call('support', 'delete-tenant', { tenant: t.id }));
        if (deleted) { say(`Tenant ${t.id} deleted.`); rerender(); }
      }) }, 'Delete'),
    ]);
    return table('Tenants', ['Id', 'Aliases', 'Created', '', ''], rows, 'No tenants yet.');
  });
}

/** Support sees who holds what in a tenant, grants tenant permissions and revokes any. */
function permissionsPage(tenant) {
  const user = h('input', { id: 'grant-user', name: 'grant-user', inputmode: 'numeric', required: true });
  const boxes = ['TENANT_VIEWER', 'PROJECT_MANAGER'].map((name) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', name: 'permission', value: name }), name));
  const chosen = () => boxes.map((label) => label.querySelector('input')).filter((box) => box.checked).map((box) => box.value);
  const send = async (grant) => {
    const body = { tenant, user_id: user.value.trim() };
    try {
      if (grant) {
        const { created_permissions: done } = await call('support', 'create-tenant-permissions', { ...body, permissions_to_create: chosen() });
        say(`Granted to ${body.user_id}: ${done.join(', ') || 'nothing new'}.`);
      } else {
        const { deleted_permissions: done } = await call('support', 'delete-tenant-permissions', { ...body, permissions_to_delete: chosen() });
        say(`Revoked from ${body.user_id}: ${done.join(', ') || 'nothing held'}.`);
      }
      rerender();
    } catch (e) { say(e.message, true); }
  };
  // Each scope's revoke names where the permission applies.
  const revoke = (p) => act(async () => {
    const body = { tenant, user_id: p.user_id, permissions_to_delete: [p.permission] };
    const [op, where] = {
      TENANT: ['delete-tenant-permissions', {}],
      PROJECT: ['delete-project-permissions', { project: p.project_id }],
      STAGE: ['delete-stage-permissions', { project: p.project_id, stage: p.stage_id }],
    }[p.scope];
    const { deleted_permissions: done } = await call('support', op, { ...body, ...where });
    say(done.length ? `Revoked ${p.permission} from ${p.user_id}.` : `${p.user_id} no longer held ${p.permission}.`);
    rerender();
  });
  const form = h('form', { class: 'inline', onsubmit: (event) => { event.preventDefault(); send(true); } },
    h('label', { for: 'grant-user' }, 'Developer (user id)', user),
    h('fieldset', {}, h('legend', {}, 'Permissions on the tenant'), boxes),
    h('button', { class: 'primary', type: 'submit' }, 'Grant'),
    h('button', { type: 'button', onclick: () => send(false) }, 'Revoke'));
  return show(`Permissions on tenant ${tenant}`, async () => {
    const { permissions } = await call('support', 'list-permissions', { tenant, limit: 1000 });
    return [
      h('p', { class: 'crumbs' }, link('#/tenants', 'Tenants')),
      h('p', {}, 'TENANT_VIEWER lets a developer see the tenant\'s projects; PROJECT_MANAGER lets it create projects (and gives it every permission on them). Project and stage permissions are granted with omgctl.'),
      form,
      h('h2', {}, 'Granted'),
      table('Permissions granted in the tenant', ['Developer (user id)', 'Permission', 'On', 'Granted', ''],
        permissions.map((p) => [p.user_id, p.permission,
          p.scope === 'TENANT' ? 'the tenant' : p.scope === 'PROJECT' ? `project ${p.project_id}` : `stage ${p.stage_id} of project ${p.project_id}`,
          when(p.created),
          h('button', { 'aria-label': `Revoke ${p.permission} on ${p.scope.toLowerCase()} from ${p.user_id}`, onclick: revoke(p) }, 'Revoke')]),
        'Nobody holds a permission in this tenant.'),
    ];
  });
}

function developersPage() {
  return show('Developers', async () => {
    const { developers } = await call('support', 'list-developers', { limit: 1000 });
    return table('Developers', ['User id', 'Permissions', 'Created'],
      developers.map((d) => [d.user_id, d.permissions, when(d.created)]), 'No developers yet.');
  });
}

function poolPage() {
  return show('Docker pool', async () => {
    const { hosts } = await call('admin', 'get-pool-hosts');
    const rows = hosts.map((host) => [
      host.id, host.docker_daemon_uri,
      host.reachable ? state('RUNNING') : h('span', { class: 'state-FAILED' }, `unreachable: ${host.last_error || ''}`),
      `${host.containers} / ${host.max_containers}`,
      `${(host.cpu_used / 100).toFixed(2)} / ${host.cpu_count}`,
      `${host.memory_used} / ${host.memory_size} MiB`,
      host.draining ? 'draining' : 'open',
      h('button', { onclick: act(async () => {
        await call('admin', 'drain-pool-host', { id: host.id, draining: !host.draining });
        say(`Host ${host.id} ${host.draining ? 'takes new runtimes again' : 'is draining'}.`);
        rerender();
      }) }, host.draining ? 'Undrain' : 'Drain'),
    ]);
    return table('Pool hosts', ['Id', 'Docker daemon', 'State', 'Containers', 'CPUs reserved', 'Memory reserved', 'New runtimes', ''],
      rows, 'No pool hosts (the process driver, or none added).');
  });
}

function chooseTenantPage() {
  const tenant = h('input', { id: 'tenant', name: 'tenant', required: true, value: localStorage.getItem('omg.tenant') || '' });
  const form = h('form', { class: 'inline', onsubmit: (event) => {
    event.preventDefault();
    localStorage.setItem('omg.tenant', tenant.value.trim());
    location.hash = `#/t/${encodeURIComponent(tenant.value.trim())}`;
  } }, h('label', { for: 'tenant' }, 'Tenant (id or alias)', tenant), h('button', { class: 'primary', type: 'submit' }, 'Open'));
  return show('Your tenant', () => [h('p', {}, 'Open the tenant you were given permissions on.'), form]);
}

function projectsPage(tenant) {
  return show(`Tenant ${tenant}`, async () => {
    const { projects } = await call('developer', 'list-projects', { tenant, limit: 1000 });
    return [h('h2', {}, 'Projects'), table('Projects', ['Project', 'Aliases', 'Stages', 'Versions', 'Created'],
      projects.map((p) => [link(`#/t/${tenant}/p/${p.id}`, p.aliases[0] || p.id), p.aliases.join(', '), p.stages, p.versions, when(p.created)]),
      'No projects you may see.')];
  });
}

function projectPage(tenant, project) {
  return show(`Project ${project}`, async () => {
    const [{ stages }, { versions }] = await Promise.all([
      call('developer', 'list-stages', { tenant, project, limit: 1000 }),
      call('developer', 'list-versions', { tenant, project, limit: 1000 }),
    ]);
    const log = h('pre', { class: 'log', id: 'build-log', hidden: true });
    const showLog = async (version) => {
      const { details } = await call('developer', 'get-version-details', { tenant, version_id: version });
      const requests = details.build_requests || [];
      if (requests.length === 0) { say(`Version ${version} has no build.`); return; }
      const build = await call('developer', 'get-build-log', { tenant, build_request_id: requests[0].id });
      log.hidden = false;
      log.textContent = `${build.state}${build.image_id ? ` ${build.image_id}` : ''}\n${build.log}`;
    };
    return [
      h('p', { class: 'crumbs' }, link(`#/t/${tenant}`, `Tenant ${tenant}`)),
      h('h2', {}, 'Stages'),
      table('Stages', ['Stage', 'Deployments', 'Newest deployment', 'Created'],
        stages.map((s) => [link(`#/t/${tenant}/p/${project}/s/${s.id}`, s.aliases[0] || s.id), s.deployments, s.newest_deployment_id ?? '—', when(s.created)]),
        'No stages.'),
      h('h2', {}, 'Versions'),
      table('Versions', ['Version', 'Build', 'Images', 'Deployments', 'Created', ''],
        versions.map((v) => [v.id, state(v.build_state), v.images, v.deployments, when(v.created),
          v.build_state ? h('button', { onclick: () => showLog(v.id) }, 'Build log') : '']),
        'No versions.'),
      log,
    ];
  });
}

function stagePage(tenant, project, stage) {
  const where = { tenant, project, stage };
  const history = { players: [], running: [], queued: [], roundTrip: [] };
  const figures = h('div', { class: 'figures', 'aria-label': 'Live figures' });
  const live = h('div', {});

  const figure = (label, key, unit = '', note = '') => {
    const values = history[key];
    const last = values.at(-1);
    return h('div', { class: 'figure' },
      h('div', {}, label),
      h('div', { class: 'value', 'data-figure': key }, last == null ? '—' : `${last}${unit}`),
      h('div', { class: 'muted' }, note),
      sparkline(values));
  };

  const refresh = async () => {
    const { status } = await call('developer', 'get-stage-status', where);
    const deployments = status.deployments || [];
    const running = deployments.flatMap((d) => d.runtimes).filter((r) => r.status === 'RUNNING').reduce((n, r) => n + r.count, 0);
    const queued = deployments.flatMap((d) => d.queues).reduce((n, q) => n + q.waiting, 0);
    // Players' WebSocket ping round trip, as the server measures it (absent: nobody measured).
    const trip = status.round_trip;
    for (const [key, value] of Object.entries({ players: status.clients, running, queued, roundTrip: trip ? trip.p50_ms : null })) {
      history[key].push(value);
      if (history[key].length > SAMPLES) history[key].shift();
    }
    figures.replaceChildren(
      figure('Players online', 'players'),
      figure('Runtimes running', 'running'),
      figure('Waiting for a match', 'queued'),
      figure("Players' round trip (median)", 'roundTrip', ' ms',
        trip ? `95th percentile ${trip.p95_ms} ms, ${trip.players} measured` : 'No player on a WebSocket.'));
    live.replaceChildren(...deployments.map((d) => h('section', { 'aria-label': `Deployment ${d.id}` },
      h('h2', {}, 'Deployment ', link(`#/t/${tenant}/p/${project}/s/${stage}/d/${d.id}`, d.id), ' ', state(d.state),
        h('span', { class: 'muted' }, ` version ${d.version_id}, ${d.clients_assigned} players playing, ${d.clients_queued} waiting for a lobby`)),
      table('Runtimes by status', ['Runtimes', 'Status'], d.runtimes.map((r) => [r.count, state(r.status)])),
      table('Queues', ['Mode', 'Waiting', 'Oldest wait'], d.queues.map((q) => [q.mode, q.waiting, `${Math.round(q.oldest_wait_ms / 1000)} s`]), 'Nobody is waiting for a match.'))));
  };

  return show(`Stage ${stage}`, async () => {
    await refresh();
    every(POLL_MS, () => refresh().catch((e) => say(e.message, true)));
    const [{ runtimes }, { deployments }, { versions }] = await Promise.all([
      call('developer', 'list-runtimes', { ...where, limit: 1000 }),
      call('developer', 'list-deployments', { ...where, limit: 1000 }),
      call('developer', 'list-versions', { tenant, project, limit: 1000 }),
    ]);
    const version = h('select', { id: 'version', name: 'version' },
      versions.map((v) => h('option', { value: v.id }, `${v.id} (${when(v.created)})`)));
    const deploy = h('form', { class: 'inline', onsubmit: async (event) => {
      event.preventDefault();
      try {
        const { deployment_id: id } = await call('developer', 'deploy-version', { ...where, version_id: version.value });
        say(`Deployment ${id} created; it takes players once its lobby runtime is running.`);
        rerender();
      } catch (e) { say(e.message, true); }
    } }, h('label', { for: 'version' }, 'Version', version), h('button', { class: 'primary', type: 'submit' }, 'Deploy'));
    const clients = h('div', {});
    const user = h('input', { id: 'user-id', name: 'user-id', inputmode: 'numeric' });
    const search = h('form', { class: 'inline', role: 'search', onsubmit: act(async (event) => {
      event.preventDefault();
      const filter = user.value.trim() ? { user_id: user.value.trim() } : {};
      const answer = await call('developer', 'list-clients', { ...where, ...filter, limit: 100 });
      clients.replaceChildren(table('Clients', ['Client', 'Player (user id)', 'State', 'Runtime', 'Match', 'Last active', ''],
        answer.clients.map((c) => [c.id, c.user_id, state(c.state),
          c.runtime_id ? link(`#/t/${tenant}/runtime/${c.runtime_id}`, `${c.runtime_qualifier} ${c.runtime_id}`) : '—',
          c.match_id ?? '—', when(c.last_activity),
          h('button', { class: 'danger', 'aria-label': `Kick client ${c.id}`, onclick: act(async () => {
            const question = [h('p', {}, `Disconnect client ${c.id} of player ${c.user_id}? Its runtime is told; the player may join again.`)];
            if (!(await ask(question, 'Kick'))) return;
            const { kicked } = await call('developer', 'kick-client', { tenant, client_id: c.id });
            say(kicked ? `Client ${c.id} kicked.` : `Client ${c.id} was already gone.`);
            search.requestSubmit();
          }) }, 'Kick')]), 'No clients.'));
    }) }, h('label', { for: 'user-id' }, 'Player (user id; empty for all)', user), h('button', { type: 'submit' }, 'Search'));
    return [
      h('p', { class: 'crumbs' }, link(`#/t/${tenant}`, `Tenant ${tenant}`), ' › ', link(`#/t/${tenant}/p/${project}`, `Project ${project}`)),
      figures,
      h('h2', {}, 'Deploy a version'), deploy,
      live,
      h('h2', {}, 'Lobbies and matches'),
      table('Runtimes', ['Runtime', 'Kind', 'Mode', 'Status', 'Players', 'Age', 'Starts', 'Reason'],
        runtimes.map((r) => [link(`#/t/${tenant}/runtime/${r.id}`, r.id), r.qualifier, r.mode ?? '—', state(r.status), r.clients, age(r.created), r.starts, r.status_reason ?? '']),
        'No runtimes.'),
      h('h2', {}, 'Deployments'),
      table('Deployments', ['Deployment', 'State', 'Reason', 'Version', 'Runtimes', 'Players', 'Created', ''],
        deployments.map((d) => [link(`#/t/${tenant}/p/${project}/s/${stage}/d/${d.id}`, d.id), state(d.state), d.state_reason ?? '', d.version_id, d.runtimes, d.clients, when(d.created),
          h('button', { class: 'danger', 'aria-label': `Delete deployment ${d.id}`, onclick: act(async () => {
            const deleted = await confirmDelete(`deployment ${d.id}`,
              () => call('developer', 'delete-deployment', { tenant, id: d.id, dry_run: true }),
              () => call('developer', 'delete-deployment', { tenant, id: d.id }));
            if (deleted) { say(`Deployment ${d.id} deleted.`); rerender(); }
          }) }, 'Delete')]),
        'No deployments.'),
      h('h2', {}, 'Players'), search, clients,
    ];
  });
}

function deploymentPage(tenant, project, stage, deployment) {
  return show(`Deployment ${deployment}`, async () => {
    const { events } = await call('developer', 'get-deployment-events', { tenant, deployment_id: deployment, limit: 200 });
    return [
      h('p', { class: 'crumbs' }, link(`#/t/${tenant}/p/${project}/s/${stage}`, `Stage ${stage}`)),
      h('h2', {}, 'Events'),
      table('Events', ['When', 'Kind', 'Runtime', 'Message'],
        events.map((e) => [when(e.created), e.kind, e.runtime_id ? link(`#/t/${tenant}/runtime/${e.runtime_id}`, e.runtime_id) : '', e.message]),
        'No events yet.'),
    ];
  });
}

function runtimePage(tenant, runtime) {
  const log = h('pre', { class: 'log', id: 'runtime-log', 'aria-live': 'off' });
  const follow = h('input', { type: 'checkbox', id: 'follow', checked: true });
  const refresh = async () => {
    const answer = await call('developer', 'get-runtime-logs', { tenant, runtime_id: runtime, tail: 500, timestamps: true });
    const atEnd = log.scrollTop + log.clientHeight >= log.scrollHeight - 4;
    log.textContent = answer.logs || '(no output yet)';
    if (atEnd) log.scrollTop = log.scrollHeight;
  };
  return show(`Runtime ${runtime}`, async () => {
    await refresh();
    every(POLL_MS, () => { if (follow.checked) refresh().catch((e) => say(e.message, true)); });
    return [
      h('p', { class: 'crumbs' }, link(`#/t/${tenant}`, `Tenant ${tenant}`), ' › ', h('a', { href: '#', onclick: (e) => { e.preventDefault(); history.back(); } }, 'Back')),
      h('label', { for: 'follow', class: 'check' }, follow, 'Follow the log'),
      log,
    ];
  });
}

// ---------------------------------------------------------------------------------------------
// Navigation

function navigation() {
  const nav = document.getElementById('nav');
  const who = document.getElementById('who');
  const items = [];
  if (session.has('support')) items.push(['#/tenants', 'Tenants'], ['#/developers', 'Developers']);
  if (session.has('admin')) items.push(['#/pool', 'Docker pool']);
  if (session.has('developer')) items.push(['#/tenant', 'Projects']);
  nav.replaceChildren(...items.map(([href, text]) => h('a', { href, 'aria-current': location.hash.startsWith(href) ? 'page' : null }, text)));
  who.replaceChildren(...(session.token ? [`${session.user} `, h('button', { onclick: () => { session.end(); location.hash = '#/login'; } }, 'Sign out')] : []));
}

const routes = [
  [/^#\/login$/, loginPage],
  [/^#\/tenants$/, tenantsPage],
  [/^#\/developers$/, developersPage],
  [/^#\/permissions\/([^/]+)$/, permissionsPage],
  [/^#\/pool$/, poolPage],
  [/^#\/tenant$/, chooseTenantPage],
  [/^#\/t\/([^/]+)$/, projectsPage],
  [/^#\/t\/([^/]+)\/p\/([^/]+)$/, projectPage],
  [/^#\/t\/([^/]+)\/p\/([^/]+)\/s\/([^/]+)$/, stagePage],
  [/^#\/t\/([^/]+)\/p\/([^/]+)\/s\/([^/]+)\/d\/([^/]+)$/, deploymentPage],
  [/^#\/t\/([^/]+)\/runtime\/([^/]+)$/, runtimePage],
];

function home() {
  if (session.has('support')) return '#/tenants';
  if (session.has('admin')) return '#/pool';
  return '#/tenant';
}

/** Shows the page of the current address again (after an action), keeping the status line. */
function rerender() { render(); }

function route() {
  say('');
  render();
}

function render() {
  stopTimers();
  currentPage += 1;
  if (!session.token && location.hash !== '#/login') { location.hash = '#/login'; return; }
  if (session.token && (location.hash === '' || location.hash === '#/' || location.hash === '#/login')) {
    location.hash = home();
    return;
  }
  navigation();
  for (const [pattern, page] of routes) {
    const match = location.hash.match(pattern);
    if (match) { page(...match.slice(1).map(decodeURIComponent)); return; }
  }
  show('Not found', () => h('p', {}, 'No such page. ', link('#/', 'Start again')));
}

window.addEventListener('hashchange', route);
route();
