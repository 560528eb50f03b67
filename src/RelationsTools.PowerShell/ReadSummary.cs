using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using RelationsTools.Data;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// What a query cmdlet tells -Verbose when it ends: what it read (files and rows, or the bundled dataset in
    /// memory) and how long it took, the filters it was given on the command line and from the pipeline, and how
    /// many objects it wrote.
    /// </summary>
    internal sealed class ReadSummary
    {
        // Parameters that choose where the data is or how it is shown, not what is selected.
        private static readonly HashSet<string> NotFilters = new HashSet<string>(
            Cmdlet.CommonParameters.Concat(Cmdlet.OptionalCommonParameters).Concat(new[] { "DataPath", "IncludeBundled", "FileOrder", "Path", "LiteralPath", "Title", "Force" }),
            StringComparer.OrdinalIgnoreCase);

        private readonly Stopwatch clock = Stopwatch.StartNew();

        // Reported by readers as they finish, from the threads that read the pieces of a large file.
        private readonly ConcurrentDictionary<string, long> rowsByFile = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        private readonly Dictionary<string, int> pipedValues = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        private readonly IReadOnlyDictionary<string, object> commandLine;
        private long written;
        private string? writtenType;

        /// <param name="commandLine">The parameters bound when the command starts: those of its command line.</param>
        public ReadSummary(IDictionary<string, object> commandLine)
            => this.commandLine = new Dictionary<string, object>(commandLine, StringComparer.OrdinalIgnoreCase);

        /// <summary>For <see cref="ReadMonitor.OnFileRead"/>.</summary>
        public void FileRead(string filePath, long rows) => rowsByFile.AddOrUpdate(filePath, rows, (_, sum) => sum + rows);

        /// <summary>Counts what one piped object bound: the parameters bound now that the command line did not bind.</summary>
        public void Piped(IDictionary<string, object> bound)
        {
            foreach (var parameter in bound)
            {
                if (!commandLine.ContainsKey(parameter.Key) && !NotFilters.Contains(parameter.Key))
                {
                    pipedValues.TryGetValue(parameter.Key, out int count);
                    pipedValues[parameter.Key] = count + (parameter.Value is ICollection values ? values.Count : 1);
                }
            }
        }

        /// <summary>The parameters that objects from the pipeline have bound, by name.</summary>
        public IReadOnlyCollection<string> PipedParameters => pipedValues.Keys;

        public void Wrote<T>(long count)
        {
            written += count;
            writtenType = typeof(T).Name;
        }

        /// <summary>The lines for -Verbose; <paramref name="data"/> is null when the command never opened its data.</summary>
        public IEnumerable<string> Lines(DataStore? data)
        {
            string seconds = clock.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
            yield return data switch
            {
                DataFolder folder => $"Read {Files()} in {folder.Path}{(folder.IncludesBundled ? ", and the bundled dataset" : string.Empty)}; {seconds} s in all.",
                RelationsData bundled => $"Read the bundled dataset, held in memory once a session has loaded it from {RelationsData.BundledDataFolder} ({Tables(bundled)}); {seconds} s in all.",
                _ => $"Read no data; {seconds} s in all.",
            };
            yield return "Filters: " + Filters() + ".";
            if (writtenType != null)
            {
                yield return $"Wrote {Count(written)} {writtenType} object{(written == 1 ? string.Empty : "s")}.";
            }
        }

        private string Files()
        {
            var files = rowsByFile.OrderBy(file => file.Key, StringComparer.Ordinal)
                .Select(file => $"{System.IO.Path.GetFileName(file.Key)} ({Count(file.Value)} row{(file.Value == 1 ? string.Empty : "s")})")
                .ToList();
            return files.Count == 0 ? "no file" : string.Join(", ", files);
        }

        private static string Tables(RelationsData bundled)
            => $"{Count(bundled.Sources.Count)} sources, {Count(bundled.Actors.Count)} actors, {Count(bundled.Events.Count)} events, {Count(bundled.TradeFigures.Count)} trade figures, {Count(bundled.Claims.Count)} claims";

        private string Filters()
        {
            var given = commandLine.Where(parameter => !NotFilters.Contains(parameter.Key))
                .Select(parameter => "-" + parameter.Key + (parameter.Value is SwitchParameter ? string.Empty : " " + Shown(parameter.Value)))
                .ToList();
            var piped = pipedValues.Select(parameter => $"-{parameter.Key} ({Count(parameter.Value)} value{(parameter.Value == 1 ? string.Empty : "s")})").ToList();
            if (given.Count == 0 && piped.Count == 0)
            {
                return "none (everything)";
            }

            return string.Join(", ", given) + (piped.Count == 0 ? string.Empty : (given.Count == 0 ? string.Empty : "; ") + "from the pipeline: " + string.Join(", ", piped));
        }

        private static string Shown(object? value)
        {
            object? bare = value is PSObject wrapped ? wrapped.BaseObject : value;
            return bare is IEnumerable items && !(bare is string)
                ? string.Join(", ", items.Cast<object?>().Select(Quoted))
                : Quoted(bare);
        }

        private static string Quoted(object? value)
            => "'" + Convert.ToString(value is PSObject wrapped ? wrapped.BaseObject : value, CultureInfo.InvariantCulture) + "'";

        private static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);
    }
}
