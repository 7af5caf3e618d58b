// Drives Crisp's official Node client (crisp-api, pinned in package.json) against crisp-sandbox,
// for OfficialClientConformanceTest. The sandbox must give this client what it expects from
// Crisp: the envelope, the fields the plugin relies on, the RTM handshake, events and
// socket:bind, signed web hooks. Nothing here knows the sandbox's internals.
//
// Protocol: one JSON command per line on standard input, one JSON line per result on standard
// output. Every result line carries "kind"; a failed check never stops the script, it is
// reported as {"kind":"check","ok":false,...} for the test to assert on.
import { createServer } from "node:http";
import { createInterface } from "node:readline";
import { Crisp } from "crisp-api";

const out = (line) => process.stdout.write(JSON.stringify(line) + "\n");

let rest = null; // the client for REST and RTM (websockets mode)
let hooks = null; // a second client in web hooks mode, for verifyHook / receiveHook
let hookSecret = null;

function client(config, mode) {
  const crisp = new Crisp();
  const url = new URL(config.rest);
  crisp.setRestHost(url.origin);
  crisp._rest.basePath = url.pathname; // the client has no setter for the base path ("/v1/" in production)
  crisp.setRtmMode(mode);
  crisp.authenticateTier("plugin", config.identifier, config.key);
  return crisp;
}

async function check(name, run) {
  try {
    const detail = await run();
    out({ kind: "check", name, ok: true, detail: detail ?? null });
  } catch (failure) {
    out({ kind: "check", name, ok: false, detail: describe(failure) });
  }
}

function describe(failure) {
  if (failure instanceof Error) return failure.message;
  return JSON.stringify(failure);
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const isText = (value) => typeof value === "string" && value.length > 0;

// The error a call of the client is refused with, or null when it succeeds.
async function refusal(call) {
  try {
    await call();
    return null;
  } catch (failure) {
    return failure;
  }
}

async function restChecks(ids) {
  const plugin = rest.plugin;
  const website = rest.website;
  let pluginId = null;

  await check("plugin.getConnectAccount", async () => {
    const account = await plugin.getConnectAccount();
    expect(isText(account?.plugin_id), "data.plugin_id is missing");
    pluginId = account.plugin_id;
    return { plugin_id: pluginId };
  });

  await check("plugin.listAllConnectWebsites", async () => {
    const page = await plugin.listAllConnectWebsites(1, false);
    expect(Array.isArray(page), "data is not an array");
    const ours = page.find((item) => item.website_id === ids.website);
    expect(ours, "the installed website is not listed");
    expect(isText(ours.token), "token is missing");
    expect(ours.settings !== null && typeof ours.settings === "object", "settings is not an object");
    const empty = await plugin.listAllConnectWebsites(50, false);
    expect(Array.isArray(empty) && empty.length === 0, "a page past the end is not an empty array");
    return { listed: page.length };
  });

  await check("plugin.listConnectWebsitesSince", async () => {
    const since = new Date(Date.now() - 3600_000).toISOString();
    const changed = await plugin.listConnectWebsitesSince(since, false);
    expect(Array.isArray(changed), "data is not an array");
    const ours = changed.find((item) => item.website_id === ids.website);
    expect(ours, "the website installed within the hour is not listed");
    expect(typeof ours.difference === "string", "difference is not a string");
    return { changed: changed.length };
  });

  await check("plugin.getConnectEndpoints", async () => {
    const endpoints = await plugin.getConnectEndpoints();
    expect(isText(endpoints?.socket?.app), "socket.app is missing");
    new URL(endpoints.socket.app);
    return { socket: endpoints.socket.app };
  });

  await check("plugin.getSubscriptionSettings", async () => {
    const subscription = await plugin.getSubscriptionSettings(ids.website, pluginId);
    expect(subscription?.website_id === ids.website, "website_id differs");
    expect(subscription?.plugin_id === pluginId, "plugin_id differs");
    expect(isText(subscription?.token), "token is missing");
    expect(subscription.settings !== null && typeof subscription.settings === "object", "settings is not an object");
    return null;
  });

  await check("plugin.updateSubscriptionSettings merges", async () => {
    await plugin.updateSubscriptionSettings(ids.website, pluginId, { segments: ["conformance"] });
    const after = await plugin.getSubscriptionSettings(ids.website, pluginId);
    expect(JSON.stringify(after.settings.segments) === JSON.stringify(["conformance"]), "the patched key is not saved");
    return { settings: after.settings };
  });

  await check("website.getConversation", async () => {
    const conversation = await website.getConversation(ids.website, ids.session);
    expect(conversation?.session_id === ids.session, "session_id differs");
    expect(Number.isInteger(conversation?.created_at), "created_at is not epoch milliseconds");
    expect(conversation.meta !== null && typeof conversation.meta === "object", "meta is not an object");
    return null;
  });

  await check("website.getConversationMetas", async () => {
    const meta = await website.getConversationMetas(ids.website, ids.session);
    expect(meta?.origin === ids.origin, "origin differs: " + meta?.origin);
    expect(meta?.phone === ids.phone, "phone differs");
    expect(Array.isArray(meta?.segments), "segments is not an array");
    expect(meta?.device?.geolocation?.country === ids.country, "device.geolocation.country differs");
    return null;
  });

  await check("website.listConversations", async () => {
    const page = await website.listConversations(ids.website, 1, { per_page: 20, order_date_created: 1 });
    expect(Array.isArray(page), "data is not an array");
    expect(page.some((item) => item.session_id === ids.session), "the conversation is not listed");
    return { listed: page.length };
  });

  await check("website.checkPeopleProfileExists (email, found and not found)", async () => {
    await website.checkPeopleProfileExists(ids.website, ids.email);
    const refused = await refusal(() => website.checkPeopleProfileExists(ids.website, "nobody+conformance@example.org"));
    expect(refused && refused.code === 404, "a missing profile is not answered 404: " + JSON.stringify(refused));
    return null;
  });

  await check("website.getPeopleProfile", async () => {
    const profile = await website.getPeopleProfile(ids.website, ids.email);
    expect(isText(profile?.people_id), "people_id is missing");
    expect(profile?.email === ids.email, "email differs");
    return null;
  });

  await check("website.listPeopleProfiles (search_text)", async () => {
    const page = await website.listPeopleProfiles(ids.website, 1, null, null, null, null, ids.email);
    expect(Array.isArray(page), "data is not an array");
    return { hits: page.length };
  });

  await check("website.addNewPeopleProfile", async () => {
    const created = await website.addNewPeopleProfile(ids.website, {
      email: "conformance-created@example.org",
      person: { nickname: "Conformance", phone: "+351910000001", geolocation: { country: "PT", city: "Lisboa" } },
      segments: ["whatsapp", "conformance"],
    });
    expect(isText(created?.people_id), "data.people_id is missing");
    return null;
  });

  await check("website.removePeopleProfile", async () => {
    const throwaway = await website.addNewPeopleProfile(ids.website, {
      email: "conformance-removed@example.org", person: { nickname: "Removed" },
    });
    await website.removePeopleProfile(ids.website, throwaway.people_id);
    // Removing it again is refused, whatever a cached read would still say of it.
    const refused = await refusal(() => website.removePeopleProfile(ids.website, throwaway.people_id));
    expect(refused && refused.code === 404, "a removed profile is not gone: " + JSON.stringify(refused));
    return null;
  });

  await check("website.addNewPeopleProfile with an existing email is refused with a reason", async () => {
    let refused = null;
    try {
      await website.addNewPeopleProfile(ids.website, { email: ids.email, person: { nickname: "Twice" } });
    } catch (failure) {
      refused = failure;
    }
    expect(refused && refused.code >= 400 && refused.code < 500, "not refused with a 4xx: " + JSON.stringify(refused));
    expect(isText(refused.reason), "no reason");
    return { code: refused.code, reason: refused.reason };
  });

  // The routes that make a contact whole: attach the conversation, update the card, unsubscribe, add an event.
  let known = null;
  await check("website.updateConversationMetas", async () => {
    await website.updateConversationMetas(ids.website, ids.session, {
      email: ids.email, segments: ["conformance"], data: { source: "conformance" },
    });
    const meta = await website.getConversationMetas(ids.website, ids.session);
    expect(meta?.email === ids.email, "the meta email is not saved");
    expect(JSON.stringify(meta?.segments) === JSON.stringify(["conformance"]), "the meta segments are not saved");
    expect(meta?.data?.source === "conformance", "the meta data is not saved");
    expect(meta?.phone === ids.phone, "a partial update lost the phone");
    return null;
  });

  await check("website.updatePeopleProfile", async () => {
    known = (await website.getPeopleProfile(ids.website, ids.email)).people_id;
    await website.updatePeopleProfile(ids.website, known, {
      person: { phone: "+351910000002", geolocation: { country: "PT", city: "Porto" } }, segments: ["whatsapp"],
    });
    const refused = await refusal(() => website.updatePeopleProfile(ids.website, "00000000-0000-0000-0000-000000000000",
      { segments: ["x"] }));
    expect(refused && refused.code === 404, "an unknown profile is not answered 404: " + JSON.stringify(refused));
    const taken = await refusal(() => website.updatePeopleProfile(ids.website, known,
      { email: "conformance-created@example.org" }));
    expect(taken && taken.code >= 400 && taken.code < 500 && isText(taken.reason),
      "an email another profile holds is not refused with a reason: " + JSON.stringify(taken));
    return { code: taken.code, reason: taken.reason };
  });

  await check("website.getPeopleSubscriptionStatus and updatePeopleSubscriptionStatus", async () => {
    const before = await website.getPeopleSubscriptionStatus(ids.website, known);
    expect(before?.email === true, "a profile is not subscribed to email by default: " + JSON.stringify(before));
    await website.updatePeopleSubscriptionStatus(ids.website, known, { email: false });
    const after = await website.getPeopleSubscriptionStatus(ids.website, known);
    expect(after?.email === false, "the unsubscription is not saved: " + JSON.stringify(after));
    return null;
  });

  await check("website.addPeopleEvent", async () => {
    await website.addPeopleEvent(ids.website, known, {
      text: "Contact created from whatsapp", data: { channel: "whatsapp" }, color: "red",
    });
    const refused = await refusal(() => website.addPeopleEvent(ids.website, known, { data: { channel: "whatsapp" } }));
    expect(refused && refused.code === 400, "an event without text is not refused: " + JSON.stringify(refused));
    return null;
  });

  await check("an unknown website is refused, not crashed", async () => {
    let refused = null;
    try {
      await website.getConversation("00000000-0000-0000-0000-000000000000", ids.session);
    } catch (failure) {
      refused = failure;
    }
    expect(refused && refused.code >= 400 && refused.code < 500, "not a 4xx: " + JSON.stringify(refused));
    return { code: refused.code, reason: refused.reason };
  });
}

async function listen(events) {
  // crisp-api connects on the first on(): it discovers socket.app, connects with the URL's path,
  // WebSocket only, and emits "authentication" with every event listened to.
  await Promise.all(events.map((event) => rest.on(event, (data) => out({ kind: "rtm", event, data }))));
  out({ kind: "listening", events });
}

function startHookServer() {
  const server = createServer((request, response) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      let body = null;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        body = null;
      }
      const timestamp = Number(request.headers["x-crisp-request-timestamp"]);
      const signature = request.headers["x-crisp-signature"];
      const verified = hooks !== null && hooks.verifyHook(hookSecret, body, timestamp, signature);
      out({ kind: "hook", event: body?.event ?? null, session: body?.data?.session_id ?? null, verified });
      if (verified) {
        const refused = hooks.receiveHook(body);
        if (refused) out({ kind: "hook-refused", detail: describe(refused) });
      }
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end("{}");
    });
  });
  server.listen(0, "127.0.0.1", () => out({ kind: "hooks", port: server.address().port }));
  return server;
}

async function listenToHooks(events) {
  await Promise.all(events.map((event) => hooks.on(event, (data) => out({ kind: "hook-event", event, data }))));
  out({ kind: "hooks-listening", events });
}

const server = startHookServer();

process.on("uncaughtException", (failure) => out({ kind: "uncaught", detail: describe(failure) }));
process.on("unhandledRejection", (failure) => out({ kind: "uncaught", detail: describe(failure) }));

const commands = createInterface({ input: process.stdin });
for await (const line of commands) {
  if (!line.trim()) continue;
  const command = JSON.parse(line);
  switch (command.cmd) {
    case "configure":
      rest = client(command, "websockets");
      hooks = client(command, "webhooks");
      hookSecret = command.hookSecret;
      out({ kind: "configured" });
      break;
    case "rest":
      await restChecks(command);
      out({ kind: "rest-done" });
      break;
    case "listen":
      await listen(command.events);
      break;
    case "listen-hooks":
      await listenToHooks(command.events);
      break;
    case "rebind":
      try {
        await rest.rebindSocket();
        out({ kind: "rebound" });
      } catch (failure) {
        out({ kind: "rebind-refused", detail: describe(failure) });
      }
      break;
    case "exit":
      server.close();
      process.exit(0);
      break;
    default:
      out({ kind: "unknown-command", cmd: command.cmd });
  }
}
process.exit(0);
