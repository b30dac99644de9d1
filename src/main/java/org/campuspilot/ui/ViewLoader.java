package org.campuspilot.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads an FXML view with the message bundle and the controller factory. */
public final class ViewLoader {
    private final Messages messages;
    private final ControllerFactory controllers;

    public ViewLoader(Messages messages, ControllerFactory controllers) {
        this.messages = messages;
        this.controllers = controllers;
    }

    /** A loaded view: its root node and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    /** Loads the FXML named after the controller class and beside it ({@code FooController} → {@code Foo.fxml}). */
    public <C> View<C> load(Class<C> controllerType) {
        String name = controllerType.getSimpleName().replaceFirst("Controller$", "") + ".fxml";
        URL url = controllerType.getResource(name);
        if (url == null) {
            throw new IllegalStateException("Missing view " + name + " beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            return new View<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + url, e);
        }
    }
}
