package org.w3id.rikg.server.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP listener on the loopback addresses that counts every connection made to it: the proof that no
 * request made the server open an outbound connection. Listens on 127.0.0.1 and, where the machine has
 * it, on the same port of ::1.
 *
 * <pre>{@code
 * try (LoopbackListener listener = LoopbackListener.start()) {
 *     ... send queries naming http://127.0.0.1:{listener.port()}/ ...
 *     assertThat(listener.connections()).isZero();
 * }
 * }</pre>
 */
public final class LoopbackListener implements AutoCloseable {

    private final List<ServerSocket> sockets = new ArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final int port;

    private LoopbackListener() throws IOException {
        ServerSocket v4 = new ServerSocket();
        v4.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        sockets.add(v4);
        port = v4.getLocalPort();
        try {
            ServerSocket v6 = new ServerSocket();
            v6.bind(new InetSocketAddress(InetAddress.getByName("::1"), port));
            sockets.add(v6);
        } catch (IOException e) {
            // No IPv6 loopback here: 127.0.0.1 alone.
        }
        for (ServerSocket socket : sockets) {
            Thread accept = new Thread(() -> accept(socket), "loopback-listener");
            accept.setDaemon(true);
            accept.start();
        }
    }

    public static LoopbackListener start() throws IOException {
        return new LoopbackListener();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                connections.incrementAndGet();
            } catch (IOException e) {
                return;
            }
        }
    }

    public int port() {
        return port;
    }

    /** Connections accepted so far. */
    public int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        for (ServerSocket socket : sockets) {
            socket.close();
        }
    }
}
