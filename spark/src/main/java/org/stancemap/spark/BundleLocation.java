package org.stancemap.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.apache.spark.SparkFiles;

/**
 * Where executors find the model bundle: at the path the driver was given (a local run, or a
 * folder every node can read), or in the files Spark shipped with the job ({@code SparkContext.addFile},
 * fetched once per executor), under the folder's name.
 *
 * @param path    the bundle folder as the driver sees it
 * @param shipped whether the driver added it to the job's files
 */
record BundleLocation(String path, boolean shipped) implements Serializable {

    /** The bundle folder on this JVM. */
    Path resolve() {
        return shipped ? Path.of(SparkFiles.get(Path.of(path).getFileName().toString())) : Path.of(path);
    }
}
