package org.modesign.format;

/**
 * Where a value sits in the file. Reading passes it along and asks for the {@link JsonPath} only
 * when a problem is reported there, so that a valid file is read without building any path.
 */
@FunctionalInterface
interface Where {

    /** The path of the value. */
    JsonPath path();
}
