package org.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One browser tab of a reader, without a browser: speaks Vaadin Flow's own protocol over HTTP so that the server
 * builds and keeps a real UI in a real session. It loads the page ({@code GET}, then the {@code v-r=init}
 * bootstrap), asks for the first rows of the paragraph list as the web component does ({@code setViewportRange}),
 * clicks a paragraph's margin button to open its thread, and can open the Push websocket (Atmosphere protocol),
 * handing every pushed message to a listener with the time it arrived. It answers nothing the server asks of a
 * real browser (return values of JavaScript calls), which the reading view does not wait for.
 */
final class ReadingUiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private String cookie;
    private int uiId;
    private String csrfToken;
    private String pushId;
    private int syncId = -1;
    private int clientId;
    /** Node of each element by its {@code id} attribute, as the server sent them. */
    private final Map<String, Integer> nodesById = new HashMap<>();
    private final Map<Integer, List<String>> clickExpressions = new HashMap<>();
    private final ObjectNode constants = JSON.createObjectNode();
    private WebSocket push;

    ReadingUiClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** Loads the page of {@code location} (no leading slash) as a browser does on a fresh visit. */
    void open(String location) throws Exception {
        HttpResponse<String> page = http.send(request(location).GET().build(), HttpResponse.BodyHandlers.ofString());
        check(page, "page");
        rememberCookie(page);
        HttpResponse<String> init = http.send(request("?v-r=init&location="
                + URLEncoder.encode(location, StandardCharsets.UTF_8) + "&query=").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        check(init, "init");
        rememberCookie(init);
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asText(null);
        pushId = uidl.path("Vaadin-Push-ID").asText(null);
        if (csrfToken == null) {
            throw new IllegalStateException("no security key in the bootstrap: " + init.body().substring(0,
                    Math.min(300, init.body().length())));
        }
        apply(uidl);
        // the client-side router then asks the server to show the route (Vaadin's "ui-navigate" event)
        ObjectNode data = JSON.createObjectNode();
        data.put("route", location);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.set("historyState", JSON.createObjectNode().put("idx", 0));
        data.put("trigger", "");
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", 1);
        rpc.put("event", "ui-navigate");
        rpc.set("data", data);
        send(rpc);
    }

    /** What the virtual list's web component asks when it comes into view. */
    void showRows(String listId, int first, int count) throws Exception {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node(listId));
        rpc.put("templateEventMethodName", "setViewportRange");
        rpc.set("templateEventMethodArgs", JSON.createArrayNode().add(first).add(count));
        rpc.put("promise", 0);
        send(rpc);
    }

    void click(String elementId) throws Exception {
        ObjectNode data = JSON.createObjectNode();
        for (String key : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY",
                "event.button")) {
            data.put(key, 0);
        }
        data.put("event.detail", 1);
        for (String key : List.of("event.ctrlKey", "event.shiftKey", "event.altKey", "event.metaKey")) {
            data.put(key, false);
        }
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node(elementId));
        rpc.put("event", "click");
        rpc.set("data", data);
        send(rpc);
    }

    /**
     * A click on the margin of a paragraph on screen ({@code p-12}), as the browser reports it: the list has one
     * click listener for every margin, whose filter (did the click land in a margin) holds and whose other
     * expression names the paragraph. The expressions are the ones the server registered on the list.
     */
    void clickMargin(String listId, String anchor) throws Exception {
        int list = node(listId);
        List<String> expressions = clickExpressions.get(list);
        if (expressions == null) {
            throw new IllegalStateException("no click listener on " + listId);
        }
        ObjectNode data = JSON.createObjectNode();
        for (String expression : expressions) {
            if (expression.contains("'.paragraph'")) {
                data.put(expression, anchor);
            } else {
                data.put(expression, true);
            }
        }
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", list);
        rpc.put("event", "click");
        rpc.set("data", data);
        send(rpc);
    }

    boolean has(String elementId) {
        return nodesById.containsKey(elementId);
    }

    /** Opens the Push websocket; {@code onMessage} gets each message from the server and its arrival time. */
    CompletableFuture<WebSocket> openPush(PushListener onMessage) {
        String ws = base.toString().replaceFirst("^http", "ws") + "VAADIN/push?v-r=push&v-uiId=" + uiId
                + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true";
        return http.newWebSocketBuilder().header("Cookie", cookie).connectTimeout(Duration.ofSeconds(30))
                .buildAsync(URI.create(ws), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            onMessage.received(partial.toString(), System.nanoTime());
                            partial.setLength(0);
                        }
                        socket.request(1);
                        return null;
                    }
                })
                .thenApply(socket -> push = socket);
    }

    void close() {
        if (push != null) {
            push.abort();
        }
    }

    interface PushListener {
        void received(String message, long nanoTime);
    }

    private int node(String elementId) {
        Integer node = nodesById.get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element with id " + elementId + " in this UI");
        }
        return node;
    }

    private synchronized void send(ObjectNode invocation) throws Exception {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode rpc = JSON.createArrayNode().add(invocation);
        message.set("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId++);
        HttpResponse<String> answer = http.send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))).build(),
                HttpResponse.BodyHandlers.ofString());
        check(answer, "uidl");
        String body = answer.body();
        if (Boolean.getBoolean("bench.debug")) {
            System.out.println(invocation.path("type").asText() + " " + invocation.path("event").asText()
                    + invocation.path("templateEventMethodName").asText() + ": " + body.length() + " chars");
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "uidl-" + clientId + ".json"), body);
        }
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode parsed = JSON.readTree(body);
        apply(parsed.isArray() ? parsed.get(0) : parsed);
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = Math.max(syncId, uidl.get("syncId").asInt());
        }
        if (uidl.path("meta").has("sessionExpired") || uidl.path("meta").has("appError")) {
            throw new IllegalStateException("server answered " + uidl.path("meta"));
        }
        uidl.path("constants").fields().forEachRemaining(constant -> constants.set(constant.getKey(),
                constant.getValue()));
        recordIds(uidl.path("changes"));
    }

    private void recordIds(JsonNode changes) {
        for (JsonNode change : changes) {
            if ("put".equals(change.path("type").asText()) && "id".equals(change.path("key").asText())
                    && change.has("value")) {
                nodesById.put(change.get("value").asText(), change.get("node").asInt());
            }
            // an element's listeners: the expressions are in the response's constant pool
            if ("put".equals(change.path("type").asText()) && "click".equals(change.path("key").asText())
                    && constants.has(change.path("value").asText())) {
                List<String> expressions = new java.util.ArrayList<>();
                constants.get(change.path("value").asText()).fieldNames().forEachRemaining(expressions::add);
                clickExpressions.put(change.get("node").asInt(), expressions);
            }
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    private void rememberCookie(HttpResponse<?> response) {
        response.headers().allValues("set-cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .findFirst()
                .ifPresent(value -> cookie = value.substring(0, value.indexOf(';') < 0 ? value.length()
                        : value.indexOf(';')));
    }

    private static void check(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }
}
