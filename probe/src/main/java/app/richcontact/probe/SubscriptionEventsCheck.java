package app.richcontact.probe;

import app.richcontact.bootstrap.PluginConfiguration;

/**
 * Who receives {@code plugin:subscription:updated} for a new install: telling needs an install,
 * which the probe does not make (only a person can add the plugin to a website in Crisp's
 * dashboard), so it says what the plugin does under the unforgiving variant. It spends no request.
 */
final class SubscriptionEventsCheck implements Check {

    @Override
    public String unknown() {
        return "who hears plugin:subscription:updated";
    }

    @Override
    public Finding run(ProbeContext context) {
        return Finding.unsettled(unknown(), "it needs a new install of the plugin, which only a person can make in "
                + "Crisp's dashboard; if only bound sockets hear it, a new install is found by the next refresh ("
                + PluginConfiguration.INSTALLATIONS_REFRESH + "), so lower that if its default is too long a wait");
    }
}
