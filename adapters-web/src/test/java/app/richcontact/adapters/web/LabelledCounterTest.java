package app.richcontact.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LabelledCounterTest {

    @Test
    void past_the_series_bound_new_label_values_count_as_overflow() {
        LabelledCounter counter = new LabelledCounter("demo_total", "Demo.", 3, "channel");
        for (int i = 0; i < 10; i++) {
            counter.increment("channel-" + i);
        }
        counter.increment("channel-0");

        assertEquals(2, counter.count("channel-0"));
        assertEquals(0, counter.count("channel-5"));
        assertEquals(7, counter.count("overflow"), "channels 3 to 9");
    }

    @Test
    void the_number_of_label_values_must_match_the_label_names() {
        LabelledCounter counter = new LabelledCounter("demo_total", "Demo.", 3, "a", "b");

        assertThrows(IllegalArgumentException.class, () -> counter.increment("only-one"));
    }
}
