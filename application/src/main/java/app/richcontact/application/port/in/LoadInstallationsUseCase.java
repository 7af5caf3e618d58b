package app.richcontact.application.port.in;

/** Loads every installation and its settings into memory (start-up, periodic full refresh). */
@FunctionalInterface
public interface LoadInstallationsUseCase {

    /**
     * @return how many websites have the plugin installed
     * @throws UseCaseFailure when Crisp could not be read
     */
    int loadAll();
}
