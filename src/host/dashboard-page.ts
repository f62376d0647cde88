/**
 * The teacher's dashboard: one static page and its script, served by the host as they are
 * written here (no build step, nothing loaded from elsewhere). The script reads the class once
 * (`/api/state`) and then follows it by server-sent events (`/api/events`): each decision that
 * reaches the host updates its row without a reload. Text from students is set with
 * textContent, never as HTML. Sized for a projector at 1024×768.
 */

export const DASHBOARD_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mandate · class dashboard</title>
<style>
  body { font: 17px/1.35 system-ui, sans-serif; margin: 0; background: #fff; color: #111; }
  header { display: flex; gap: 1.5em; align-items: baseline; padding: 0.5em 0.8em; background: #1d3557; color: #fff; }
  header h1 { font-size: 1.3em; margin: 0; }
  header a { color: #fff; }
  #status { margin-left: auto; font-size: 0.9em; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 0.3em 0.45em; border-bottom: 1px solid #ccc; vertical-align: top; }
  th { background: #eef; font-size: 0.85em; position: sticky; top: 0; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  td.last { max-width: 18em; font-size: 0.9em; }
  td.last .reason { color: #444; font-style: italic; display: block; }
  tr.fresh { background: #fff3b0; }
  .state-ended { color: #1b5e20; font-weight: 600; }
  .state-stuck { color: #b35c00; font-weight: 600; }
  .state-disconnected { color: #b00020; font-weight: 600; }
  #empty { padding: 1em; color: #555; }
</style>
</head>
<body>
<header>
  <h1 id="class">Mandate class</h1>
  <span id="counts"></span>
  <a id="report" href="#" target="_blank" rel="noopener">Class report</a>
  <span id="status">connecting…</span>
</header>
<table>
  <thead><tr>
    <th>Player</th><th>Desk</th><th>Turn</th><th>Capital</th><th>US troops</th><th>Allied</th>
    <th>UN</th><th>Invitation</th><th>Command</th><th>Last decision</th><th>State</th>
  </tr></thead>
  <tbody id="games"></tbody>
</table>
<p id="empty">No student has joined yet.</p>
<script src="/dashboard.js"></script>
</body>
</html>
`;

export const DASHBOARD_JS = `'use strict';
(function () {
  var token = new URLSearchParams(location.search).get('token') || '';
  var q = '?token=' + encodeURIComponent(token);
  var games = new Map();
  var fresh = new Map();
  var offset = 0;
  var STUCK_MS = 5 * 60 * 1000;
  var GONE_MS = 90 * 1000;
  document.getElementById('report').href = '/api/report' + q;

  function text(el, value) { el.textContent = value == null ? '' : String(value); return el; }
  function cell(row, value, cls) { var td = document.createElement('td'); if (cls) td.className = cls; text(td, value); row.appendChild(td); return td; }
  function stateOf(g, now) {
    if (g.status === 'ended') return ['ended', 'ended: ' + (g.ending || 'the story ended')];
    if (now - g.seen > GONE_MS) return ['disconnected', 'disconnected'];
    if (g.status === 'playing' && g.decidedAt && now - g.decidedAt > STUCK_MS) return ['stuck', 'stuck (no decision for ' + Math.round((now - g.decidedAt) / 60000) + ' min)'];
    if (g.waiting) return ['waiting', 'waiting for the other desk'];
    return [g.status, g.status === 'joined' ? 'joined' : 'playing'];
  }
  function render() {
    var now = Date.now() + offset;
    var body = document.getElementById('games');
    var list = Array.from(games.values()).sort(function (a, b) { return a.player.localeCompare(b.player) || a.role.localeCompare(b.role); });
    body.replaceChildren();
    var ended = 0;
    list.forEach(function (g) {
      var row = document.createElement('tr');
      row.dataset.game = g.id;
      row.dataset.player = g.player;
      row.dataset.decisions = String(g.decisions);
      if (fresh.has(g.id) && Date.now() - fresh.get(g.id) < 3000) row.className = 'fresh';
      cell(row, g.player, 'player');
      cell(row, (g.role === 'us' ? 'US' : 'NATO') + (g.pair ? ' · pair ' + g.pair : ''), 'desk');
      cell(row, (g.turn || '-') + (g.month ? ' · ' + g.month : ''), 'turn');
      cell(row, g.meters ? g.meters.capital : '-', 'num');
      cell(row, g.meters ? g.meters.usTroops + 'k' : '-', 'num');
      cell(row, g.meters ? g.meters.alliedTroops + 'k' : '-', 'num');
      cell(row, g.tracks ? g.tracks.un : '-');
      cell(row, g.tracks ? g.tracks.invitation : '-');
      cell(row, g.tracks ? g.tracks.command : '-');
      var last = cell(row, g.last ? g.decisions + '. ' + g.last.text : 'no decision yet', 'last');
      if (g.last && g.last.reason) { var r = document.createElement('span'); r.className = 'reason'; text(r, 'why: ' + g.last.reason); last.appendChild(r); }
      var st = stateOf(g, now);
      if (st[0] === 'ended') ended++;
      cell(row, st[1], 'state state-' + st[0]);
      body.appendChild(row);
    });
    document.getElementById('empty').hidden = list.length > 0;
    text(document.getElementById('counts'), list.length + ' player' + (list.length === 1 ? '' : 's') + ' · ' + ended + ' ended');
  }
  function take(state) {
    offset = state.now - Date.now();
    text(document.getElementById('class'), 'Mandate · ' + (state.class || 'class'));
    games.clear();
    state.games.forEach(function (g) { games.set(g.id, g); });
    render();
  }
  var source = new EventSource('/api/events' + q);
  source.addEventListener('state', function (e) { take(JSON.parse(e.data)); text(document.getElementById('status'), 'live'); });
  source.addEventListener('game', function (e) {
    var m = JSON.parse(e.data);
    offset = m.now - Date.now();
    games.set(m.game.id, m.game);
    fresh.set(m.game.id, Date.now());
    render();
    text(document.getElementById('status'), 'live · last update ' + new Date().toLocaleTimeString());
  });
  source.onerror = function () { text(document.getElementById('status'), 'reconnecting…'); };
  setInterval(render, 5000);
})();
`;
