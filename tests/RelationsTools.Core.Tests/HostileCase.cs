using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RelationsTools.Tests
{
    /// <summary>One folder of tests/data and its expected.json.</summary>
    internal sealed class HostileCase
    {
        private static readonly Dictionary<string, string> FileOfCommand = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Get-RelationsEvent"] = "events.csv",
            ["Get-TradeFigure"] = "trade-figures.csv",
            ["Get-RelationsClaim"] = "claims.csv",
            ["Get-RelationsSource"] = "sources.csv",
        };

        private readonly Dictionary<string, object> values;

        private HostileCase(string name, Dictionary<string, object> values)
        {
            Name = name;
            this.values = values;
        }

        /// <summary>The keys an expected.json may have (tests/data/README.md).</summary>
        public static readonly IReadOnlyList<string> AllowedKeys = new[]
        {
            "Description", "Command", "Outcome", "Rows", "SameAs", "ErrorId", "WarningId", "Line", "Field", "File", "Generate", "RawMatch", "Culture",
        };

        /// <summary>The commands a case may name, each with the data file it reads.</summary>
        public static IReadOnlyCollection<string> Commands => FileOfCommand.Keys;

        public static string Root => Path.Combine(RepoPaths.Root, "tests", "data");

        /// <summary>The keys its expected.json has.</summary>
        public IReadOnlyCollection<string> Keys => values.Keys;

        public string? Description => values.TryGetValue("Description", out var text) ? text as string : null;

        /// <summary>A pattern the bytes of its file (read as Latin-1) must still match, so that no editor quietly mends the case.</summary>
        public string? RawMatch => values.TryGetValue("RawMatch", out var pattern) ? (string)pattern : null;

        public bool IsGenerated => Generate != null;

        /// <summary>The data file its command reads.</summary>
        public string CommandFile => FileOfCommand[Command];

        public string Name { get; }

        public string Command => (string)values["Command"];

        public string Outcome => (string)values["Outcome"];

        public int Rows => values.TryGetValue("Rows", out var rows) ? Convert.ToInt32(rows, CultureInfo.InvariantCulture) : 0;

        public long Line => values.TryGetValue("Line", out var line) ? Convert.ToInt64(line, CultureInfo.InvariantCulture) : 0;

        public string? Field => values.TryGetValue("Field", out var text) ? (string)text : null;

        public string? ErrorId => values.TryGetValue("ErrorId", out var id) ? (string)id : null;

        public string? WarningId => values.TryGetValue("WarningId", out var id) ? (string)id : null;

        public string? SameAs => values.TryGetValue("SameAs", out var name) ? (string)name : null;

        private Dictionary<string, object>? Generate => values.TryGetValue("Generate", out var generate) ? (Dictionary<string, object>)generate : null;

        /// <summary>The file the case is about: File, relative to the case folder; by default its command's data file.</summary>
        public string FileName => values.TryGetValue("File", out var file) ? (string)file
            : Generate is { } g ? Path.GetFileName((string)g["From"])
            : FileOfCommand[Command];

        public static IReadOnlyList<HostileCase> All()
            => Directory.GetDirectories(Root)
                .Where(dir => File.Exists(Path.Combine(dir, "expected.json")))
                .OrderBy(dir => dir, StringComparer.Ordinal)
                .Select(dir => Load(Path.GetFileName(dir)))
                .ToList();

        public static HostileCase Load(string name)
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Root, name, "expected.json")));
            return new HostileCase(name, Values(json.RootElement));
        }

        // expected.json's object as the strings, whole numbers, booleans and nested objects it holds.
        private static Dictionary<string, object> Values(JsonElement element)
        {
            var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in element.EnumerateObject())
            {
                values.Add(property.Name, property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString()!,
                    JsonValueKind.Number => property.Value.GetInt64(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Object => Values(property.Value),
                    _ => throw new FormatException($"expected.json: '{property.Name}' is a {property.Value.ValueKind}, not a string, whole number, boolean or object"),
                });
            }

            return values;
        }

        /// <summary>The folder to read: the case's own, or a temporary one holding the generated file.</summary>
        public CaseFolder Materialize()
        {
            if (Generate is not { } generate)
            {
                string dir = Path.GetFullPath(Path.Combine(Root, Name));
                return new CaseFolder(dir, Path.Combine(dir, FileName), temporary: null);
            }

            var temporary = new TempDataFolder();
            string file = Path.Combine(temporary.Path, FileName);
            File.WriteAllBytes(file, Generated(generate));
            return new CaseFolder(temporary.Path, file, temporary);
        }

        // As in tests/data/README.md: From with Insert written Repeat times right after the first After;
        // {xHH} is a raw byte, {n} the repetition number. Latin-1 carries every byte through unchanged.
        private static byte[] Generated(Dictionary<string, object> generate)
        {
            var latin1 = Encoding.Latin1;
            string text = latin1.GetString(File.ReadAllBytes(Path.Combine(Root, (string)generate["From"])));
            string after = latin1.GetString(Encoding.UTF8.GetBytes((string)generate["After"]));
            int at = text.IndexOf(after, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException($"Generate: '{generate["After"]}' is not in {generate["From"]}");
            }

            string piece = latin1.GetString(Encoding.UTF8.GetBytes((string)generate["Insert"]));
            piece = Regex.Replace(piece, @"\{x([0-9A-Fa-f]{2})\}", m => ((char)Convert.ToByte(m.Groups[1].Value, 16)).ToString());
            int repeat = generate.TryGetValue("Repeat", out var r) ? Convert.ToInt32(r, CultureInfo.InvariantCulture) : 1;
            var insert = new StringBuilder();
            for (int n = 1; n <= repeat; n++)
            {
                insert.Append(piece.Replace("{n}", n.ToString(CultureInfo.InvariantCulture)));
            }

            int end = at + after.Length;
            return latin1.GetBytes(text.Substring(0, end) + insert + text.Substring(end));
        }
    }
}
