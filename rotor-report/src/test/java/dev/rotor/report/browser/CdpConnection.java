package dev.rotor.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A minimal Chrome DevTools Protocol client over the JDK's WebSocket: numbered commands (in flat
 * session mode), their replies, and a log of events that callers can wait for. Messages arrive in
 * order on one socket, so once a command's reply is in, every earlier event is too.
 */
final class CdpConnection implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final WebSocket socket;
  private final AtomicInteger nextId = new AtomicInteger(1);
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();

  private CdpConnection(WebSocket socket) {
    this.socket = socket;
  }

  /** Connects to a DevTools WebSocket URL. */
  static CdpConnection connect(URI url) throws IOException {
    Listener listener = new Listener();
    try {
      WebSocket ws =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .connectTimeout(TIMEOUT)
              .buildAsync(url, listener)
              .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      CdpConnection c = new CdpConnection(ws);
      listener.owner = c;
      return c;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted connecting to " + url, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("cannot connect to " + url, e);
    }
  }

  /** Sends a command (to a session when {@code sessionId} is not null) and waits for its result. */
  JsonNode send(String sessionId, String method, ObjectNode params) throws IOException {
    int id = nextId.getAndIncrement();
    ObjectNode msg = JSON.createObjectNode();
    msg.put("id", id);
    msg.put("method", method);
    msg.set("params", params == null ? JSON.createObjectNode() : params);
    if (sessionId != null) {
      msg.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(msg.toString(), true).join();
    JsonNode r;
    try {
      r = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted waiting for " + method, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("no reply to " + method, e);
    } finally {
      pending.remove(id);
    }
    if (r.has("error")) {
      throw new IOException(method + " failed: " + r.get("error"));
    }
    return r.path("result");
  }

  /** Every event received so far (a copy). */
  synchronized List<JsonNode> events() {
    return List.copyOf(events);
  }

  /** Waits until an event matching {@code test} has arrived. */
  synchronized JsonNode await(Predicate<JsonNode> test) throws IOException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    int seen = 0;
    while (true) {
      for (; seen < events.size(); seen++) {
        if (test.test(events.get(seen))) {
          return events.get(seen);
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new IOException("timed out waiting for a DevTools event");
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
  }

  private void receive(String text) {
    JsonNode msg;
    try {
      msg = JSON.readTree(text);
    } catch (IOException e) {
      return;
    }
    if (msg.has("id")) {
      CompletableFuture<JsonNode> f = pending.get(msg.get("id").asInt());
      if (f != null) {
        f.complete(msg);
      }
      return;
    }
    synchronized (this) {
      events.add(msg);
      notifyAll();
    }
  }

  @Override
  public void close() {
    socket.abort();
  }

  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();
    private volatile CdpConnection owner;

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String text = buffer.toString();
        buffer.setLength(0);
        CdpConnection c = owner;
        while (c == null) {
          Thread.onSpinWait();
          c = owner;
        }
        c.receive(text);
      }
      ws.request(1);
      return null;
    }
  }
}
