package io.communitypulse.sentiment.tools;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * Loads the sentiment classes and resources of one build from that build alone, never from its parent: this
 * module's own class path holds the current sentiment build too, and a parent-first loader would hand every
 * {@link Build} that one. Everything else (Jackson, the JDK) comes from the parent as usual.
 */
final class BuildClassLoader extends URLClassLoader {
    private static final String SENTIMENT = "io.communitypulse.sentiment.";
    private static final String TOOLS = SENTIMENT + "tools.";

    BuildClassLoader(URL build, ClassLoader parent) {
        super(new URL[] {build}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!ownClass(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = findClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    /** A build's own resource, or none: another build's lexicon or model would mix the two. */
    @Override
    public URL getResource(String name) {
        return ownClass(name.replace('/', '.')) ? findResource(name) : super.getResource(name);
    }

    private static boolean ownClass(String name) {
        return name.startsWith(SENTIMENT) && !name.startsWith(TOOLS);
    }
}
