package app.richcontact.sandbox.internal.world;

import app.richcontact.sandbox.Geolocation;
import java.util.ArrayList;
import java.util.List;

/**
 * A partial update of a profile's card ({@code PATCH people/profile}): each null field is left as
 * it is, except that {@code replacePerson} makes the person's fields (nickname, phone,
 * geolocation) exactly those given, null clearing; segments replace the profile's, or are added
 * to them when {@code mergeSegments}.
 */
public record ProfileChange(String email, String nickname, String phone, Geolocation geolocation,
                            List<String> segments, boolean mergeSegments, boolean replacePerson) {

    public ProfileChange {
        segments = segments == null ? null : List.copyOf(segments);
    }

    /** The profile as this change leaves it. */
    Profile applyTo(Profile current) {
        String email = this.email == null ? current.email() : this.email;
        if (replacePerson) {
            return new Profile(current.peopleId(), email, nickname, phone, geolocation, segmentsOf(current),
                    current.createdAt());
        }
        return new Profile(current.peopleId(), email,
                nickname == null ? current.nickname() : nickname, phone == null ? current.phone() : phone,
                geolocation == null ? current.geolocation() : geolocation, segmentsOf(current), current.createdAt());
    }

    private List<String> segmentsOf(Profile current) {
        if (segments == null) {
            return current.segments();
        }
        if (!mergeSegments) {
            return segments;
        }
        List<String> merged = new ArrayList<>(current.segments());
        segments.stream().filter(segment -> !merged.contains(segment)).forEach(merged::add);
        return merged;
    }
}
