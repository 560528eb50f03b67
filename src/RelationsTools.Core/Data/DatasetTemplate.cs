using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace RelationsTools.Data
{
    /// <summary>
    /// What a new dataset folder starts from: a copy of the bundled data (every data file and its README), so a
    /// user's rows sit beside what the module knows and the copy reads exactly as the bundled data does; or,
    /// empty, one header line per table.
    /// </summary>
    public static class DatasetTemplate
    {
        private const string ReadmeFileName = "README.md";

        /// <summary>The names of the files <see cref="Write"/> writes; with <paramref name="empty"/>, the data files alone.</summary>
        public static IReadOnlyList<string> FileNames(bool empty)
            => TableSchema.All.Select(table => table.FileName).Concat(empty ? Enumerable.Empty<string>() : new[] { ReadmeFileName }).ToList();

        /// <summary>True when <paramref name="folder"/> exists and holds any file or folder.</summary>
        public static bool HoldsAnything(string folder) => Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any();

        /// <summary>
        /// Creates <paramref name="folder"/> if need be and writes the files of <see cref="FileNames"/> into it,
        /// replacing files of those names; anything else in the folder is left as it is.
        /// </summary>
        /// <param name="bundledFolder">The bundled data to copy.</param>
        public static void Write(string folder, string bundledFolder, bool empty)
        {
            Directory.CreateDirectory(folder);
            foreach (var table in TableSchema.All)
            {
                string target = Path.Combine(folder, table.FileName);
                if (empty)
                {
                    File.WriteAllText(target, table.Header + "\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                }
                else
                {
                    File.Copy(Path.Combine(bundledFolder, table.FileName), target, overwrite: true);
                }
            }

            if (!empty)
            {
                File.Copy(Path.Combine(bundledFolder, ReadmeFileName), Path.Combine(folder, ReadmeFileName), overwrite: true);
            }
        }
    }
}
