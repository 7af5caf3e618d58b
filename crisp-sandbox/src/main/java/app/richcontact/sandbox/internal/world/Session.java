package app.richcontact.sandbox.internal.world;

import app.richcontact.sandbox.Geolocation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** One conversation (Crisp calls it a session) and the meta data Crisp has seen so far. */
public final class Session {

    private final String id;
    private final String websiteId;
    private final long createdAt;
    private final AtomicInteger visitorMessages = new AtomicInteger();
    private volatile long updatedAt;
    private volatile String origin;
    private volatile String nickname;
    private volatile String email;
    private volatile String phone;
    private volatile Geolocation geolocation;
    private volatile String peopleId;
    private volatile String lastMessage;
    private volatile List<String> segments = List.of();
    private volatile ObjectNode data;

    public Session(String id, String websiteId, String origin, String nickname, long createdAt) {
        this.id = id;
        this.websiteId = websiteId;
        this.origin = origin;
        this.nickname = nickname;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String websiteId() {
        return websiteId;
    }

    public long createdAt() {
        return createdAt;
    }

    public long updatedAt() {
        return updatedAt;
    }

    public String origin() {
        return origin;
    }

    public String nickname() {
        return nickname;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    /** Where Crisp located the visitor, or null while no part is known. */
    public Geolocation geolocation() {
        return geolocation;
    }

    public String peopleId() {
        return peopleId;
    }

    public String lastMessage() {
        return lastMessage;
    }

    public int visitorMessages() {
        return visitorMessages.get();
    }

    public void touch(long now) {
        if (now > updatedAt) {
            updatedAt = now;
        }
    }

    public void origin(String value) {
        origin = value;
    }

    public void nickname(String value) {
        nickname = value;
    }

    public void email(String value) {
        email = value;
    }

    public void phone(String value) {
        phone = value;
    }

    public void geolocation(Geolocation value) {
        geolocation = Profile.known(value);
    }

    public void peopleId(String value) {
        peopleId = value;
    }

    /** The meta segments. */
    public List<String> segments() {
        return segments;
    }

    public void segments(List<String> value) {
        segments = List.copyOf(value);
    }

    /** The meta data object, or null while none was set; callers must not mutate it. */
    public ObjectNode data() {
        return data;
    }

    public void data(ObjectNode value) {
        data = value;
    }

    public void visitorMessage(String content, long now) {
        visitorMessages.incrementAndGet();
        lastMessage = content;
        touch(now);
    }

    public void operatorMessage(String content, long now) {
        lastMessage = content;
        touch(now);
    }
}
