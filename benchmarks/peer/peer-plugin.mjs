// The plain script a Crisp user would write instead of Rich Contact, on Crisp's official Node
// client: the yardstick of the benchmarks' peer comparison (benchmarks/README.md). It does the
// same work per conversation as the plugin's default path (snapshot, phone search with an exact
// re-check, create with a placeholder email and the channel segment) and nothing more: no
// settings page, no quota accounting, no retries, no catch-up. It is not shipped.
//
// Environment: CRISP_API_URL (e.g. http://127.0.0.1:8089/v1/), CRISP_PLUGIN_IDENTIFIER,
// CRISP_PLUGIN_KEY, PEER_WINDOW_MS (3000), PEER_PORT (0). It prints "ready <port>" once the
// installations are loaded and the socket is authenticated; GET /health answers 200 from then.
import { createServer } from "node:http";
import { Crisp } from "crisp-api";

const WINDOW_MS = Number(process.env.PEER_WINDOW_MS ?? 3000);
const crisp = new Crisp();
const api = new URL(process.env.CRISP_API_URL);
crisp.setRestHost(api.origin);
crisp._rest.basePath = api.pathname; // no setter for the base path ("/v1/" against Crisp)
crisp.authenticateTier("plugin", process.env.CRISP_PLUGIN_IDENTIFIER, process.env.CRISP_PLUGIN_KEY);

const pending = new Map(); // website/session -> what the events said
const handled = new Set(); // website/session already decided
let created = 0;
let ready = false;

const key = (event) => event.website_id + "/" + event.session_id;
const digits = (phone) => (phone || "").replace(/\D/g, "");
const channelOf = (origin) => (origin.split(":")[2] || "").toLowerCase();

function capture(event) {
  const entry = pending.get(key(event));
  if (entry) return entry;
  return null;
}

crisp.on("message:send", (message) => {
  if (message.from !== "user" || typeof message.origin !== "string" || !message.origin.startsWith("urn:")) return;
  const id = key(message);
  if (handled.has(id) || pending.has(id)) return;
  pending.set(id, { website: message.website_id, session: message.session_id, origin: message.origin,
    nickname: message.user?.nickname, phone: null, email: null });
  setTimeout(() => close(id), WINDOW_MS);
});
crisp.on("session:set_phone", (event) => { const entry = capture(event); if (entry) entry.phone = event.phone; });
crisp.on("session:set_email", (event) => { const entry = capture(event); if (entry) entry.email = event.email; });
crisp.on("session:set_nickname", (event) => { const entry = capture(event); if (entry) entry.nickname = event.nickname; });

async function close(id) {
  const entry = pending.get(id);
  pending.delete(id);
  handled.add(id);
  try {
    if (entry.email) return; // Crisp makes email contacts itself
    const conversation = await crisp.website.getConversation(entry.website, entry.session);
    if (conversation.people_id) return;
    const phone = entry.phone || conversation.meta?.phone;
    if (!phone) return;
    const number = digits(phone);
    const hits = await crisp.website.listPeopleProfiles(entry.website, 1, null, null, null, null, number);
    if (hits.some((profile) => digits(profile.person?.phone) === number)) return;
    const channel = channelOf(entry.origin);
    await crisp.website.addNewPeopleProfile(entry.website, {
      email: number + "@" + channel + ".nomail",
      person: { nickname: entry.nickname || "+" + number, phone },
      segments: [channel],
    });
    created++;
  } catch (failure) {
    console.error("capture failed:", failure?.reason ?? failure);
  }
}

const health = createServer((request, response) => {
  response.writeHead(ready ? 200 : 503, { "Content-Type": "text/plain" });
  response.end(ready ? "created " + created + "\n" : "starting\n");
});

// The client connects lazily after the first on() and has no "authenticated" hook of its own.
const authenticated = new Promise((resolve) => {
  const poll = () => (crisp._socket ? crisp._socket.once("authenticated", resolve) : setTimeout(poll, 5));
  poll();
});
let websites = 0;
for (let page = 1; ; page++) {
  const items = await crisp.plugin.listAllConnectWebsites(page, false);
  if (!items.length) break;
  websites += items.length;
}
await authenticated;
health.listen(Number(process.env.PEER_PORT ?? 0), "127.0.0.1", () => {
  ready = true;
  console.log("ready " + health.address().port + " (" + websites + " websites)");
});
