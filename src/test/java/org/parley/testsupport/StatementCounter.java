package org.parley.testsupport;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Counts the SQL statements jOOQ executes on the current thread while an action runs (Spring Boot registers
 * every {@link ExecuteListenerProvider} bean with jOOQ).
 */
@Component
public class StatementCounter implements ExecuteListenerProvider, ExecuteListener {

    private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

    @Override
    public ExecuteListener provide() {
        return this;
    }

    @Override
    public void executeStart(ExecuteContext context) {
        List<String> statements = recording.get();
        if (statements != null) {
            statements.add(context.sql());
        }
    }

    /** The statements the action executed, in order. */
    public List<String> statementsOf(Supplier<?> action) {
        recording.set(new ArrayList<>());
        try {
            action.get();
            return List.copyOf(recording.get());
        } finally {
            recording.remove();
        }
    }
}
