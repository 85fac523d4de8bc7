package io.privacyinventory.ui;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;

/**
 * The UI tests' JUnit extension: before each test it calls the test's {@code @Start} methods on the FX
 * thread with the one primary stage, after each test it lets go of keys and mouse buttons and hides every
 * window, and it hands test methods an {@link FxRobot}. That is what TestFX's {@code ApplicationExtension}
 * does, without its waits: it wrapped each test in an application's set-up and clean-up that slept about a
 * quarter of a second a test (docs/performance.md, session 9). Here each step waits through {@link FxWait}
 * for the FX thread and one pulse, no fixed time.
 */
public final class FxStageExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static Stage primary;

    /** The robot the test methods get, as TestFX's extension hands out itself: one per test class. */
    private final FxRobot robot = new FxRobot();

    /** The primary stage TestFX starts JavaFX with (once per JVM); its robot and lookups know that stage. */
    private static synchronized Stage primaryStage() throws TimeoutException {
        if (primary == null) {
            primary = FxToolkit.registerPrimaryStage();
        }
        return primary;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Stage stage = primaryStage();
        Object test = context.getRequiredTestInstance();
        List<Method> starts = startMethods(test.getClass());
        FxWait.run(() -> {
            for (Method start : starts) {
                try {
                    start.invoke(test, stage);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        });
    }

    /**
     * The {@code @Start} methods the test's own class declares, or the nearest superclass that declares
     * any (a subclass that overrides its parent's start declares it again), each taking the stage.
     */
    private static List<Method> startMethods(Class<?> type) {
        for (Class<?> declaring = type; declaring != null; declaring = declaring.getSuperclass()) {
            List<Method> starts = new ArrayList<>();
            for (Method method : declaring.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Start.class)) {
                    if (method.getParameterCount() != 1
                            || !method.getParameterTypes()[0].isAssignableFrom(Stage.class)) {
                        throw new IllegalStateException(method + ": a @Start method takes one Stage");
                    }
                    method.setAccessible(true);
                    starts.add(method);
                }
            }
            if (!starts.isEmpty()) {
                return starts;
            }
        }
        return List.of();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        // as TestFX's clean-up, but only when something is still held: each release waits 50 ms or more
        if (!robot.robotContext().getMouseRobot().getPressedButtons().isEmpty()) {
            robot.release(new MouseButton[0]);
        }
        if (!robot.robotContext().getKeyboardRobot().getPressedKeys().isEmpty()) {
            robot.release(new KeyCode[0]);
        }
        FxWait.run(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType().isAssignableFrom(FxRobot.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return robot;
    }
}
