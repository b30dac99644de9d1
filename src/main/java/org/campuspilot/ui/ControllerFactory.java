package org.campuspilot.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.util.Callback;

/**
 * Builds FXML controllers with their constructor arguments. Every controller class is registered by the composition
 * root; an unknown one fails loudly instead of being built by reflection with nothing injected.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {
    private final Map<Class<?>, Supplier<?>> suppliers = new HashMap<>();
    private java.util.function.Consumer<Object> onCreate = c -> {
    };

    /** What to give every controller once built (the history to the forms). */
    public ControllerFactory onCreate(java.util.function.Consumer<Object> hook) {
        this.onCreate = hook;
        return this;
    }

    public <C> ControllerFactory register(Class<C> type, Supplier<? extends C> supplier) {
        suppliers.put(type, supplier);
        return this;
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> supplier = suppliers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("No controller registered for " + type.getName());
        }
        Object controller = supplier.get();
        onCreate.accept(controller);
        return controller;
    }
}
