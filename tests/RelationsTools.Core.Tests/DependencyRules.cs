using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace RelationsTools.Tests
{
    /// <summary>
    /// The parts of the code (docs/ARCHITECTURE.md) and which others each may know, read from the source
    /// text: a file's part is its folder, and what it knows is every <c>using</c> directive and every name
    /// qualified with a part (<c>RelationsTools.Query.TextPattern</c>, or <c>Query.TextPattern</c> from inside
    /// another part, which C# resolves to the same). Comments and string literals do not count.
    /// </summary>
    internal static class DependencyRules
    {
        public const string Cmdlets = "PowerShell";

        private static readonly string[] CoreParts = { "Model", "Data", "Validation", "Query", "Compare", "Report" };

        /// <summary>The parts each part may use. The root namespace (HotPath) is open to all of Core.</summary>
        private static readonly Dictionary<string, string[]> Allowed = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["Model"] = Array.Empty<string>(),
            ["Data"] = new[] { "Model" },
            ["Validation"] = new[] { "Model", "Data" },
            ["Query"] = new[] { "Model", "Data" },
            ["Compare"] = new[] { "Model" },
            ["Report"] = CoreParts,
            [""] = Array.Empty<string>(),
            [Cmdlets] = CoreParts,
        };

        // Namespaces that mean PowerShell, which no file of Core may name.
        private static readonly Regex PowerShellNamespaces = new Regex(@"\b(System\.Management\.Automation|Microsoft\.PowerShell)\b");

        private static readonly Regex FullyQualified = new Regex(@"\bRelationsTools\.(?<part>\w+)\b");

        /// <summary>
        /// Forbidden dependencies that main has today, each with the reason it is not fixed yet (docs/ARCHITECTURE.md,
        /// Known exceptions). Any other violation fails, and so does an entry here that no longer happens: the list only shrinks.
        /// </summary>
        private static readonly (string File, string Uses)[] KnownExceptions =
        {
        };

        // A name that starts with a sibling part's name, outside a member access: 'Query.TextPattern', not 'scan.Query.Window'.
        private static readonly Regex PartiallyQualified = new Regex(@"(?<![\w.@])(?<part>" + string.Join("|", CoreParts) + @")\s*\.\s*(?=[A-Z])");

        private static readonly Regex NamespaceDeclaration = new Regex(@"^\s*namespace\s+(?<name>[\w.]+)", RegexOptions.Multiline);

        // Comments, then string and character literals (verbatim, interpolated, raw and plain), blanked so that prose and messages never count.
        private static readonly Regex CommentsAndLiterals = new Regex(
            @"//[^\n]*|/\*.*?\*/|\$*""""""[\s\S]*?""""""|(?:\$@|@\$|@)""(?:[^""]|"""")*""|\$?""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)+'",
            RegexOptions.Singleline);

        /// <summary>The part of a file, from its path below src/: a folder of Core, "" for Core's root, or <see cref="Cmdlets"/>.</summary>
        public static string PartOf(string pathBelowSrc)
        {
            string[] folders = pathBelowSrc.Replace('\\', '/').Split('/');
            if (folders[0] == "RelationsTools.PowerShell")
            {
                return Cmdlets;
            }

            if (folders[0] != "RelationsTools.Core")
            {
                throw new ArgumentException($"{pathBelowSrc} is in no known project; add it to docs/ARCHITECTURE.md and these rules.");
            }

            return folders.Length == 2 ? string.Empty : folders[1];
        }

        /// <summary>Every dependency of <paramref name="source"/> that its part may not have, as "file:line: what".</summary>
        public static IEnumerable<string> Violations(string pathBelowSrc, string source)
        {
            string part = PartOf(pathBelowSrc);
            if (!Allowed.TryGetValue(part, out var allowed))
            {
                yield return $"src/{pathBelowSrc}: the folder '{part}' is no part of docs/ARCHITECTURE.md; add it to the document and to these rules";
                yield break;
            }

            string code = CommentsAndLiterals.Replace(source, m => Regex.Replace(m.Value, "[^\n]", " "));
            string expectedNamespace = part.Length == 0 ? "RelationsTools" : "RelationsTools." + part;
            foreach (Match declaration in NamespaceDeclaration.Matches(code))
            {
                string name = declaration.Groups["name"].Value;
                if (name != expectedNamespace && !name.StartsWith(expectedNamespace + ".", StringComparison.Ordinal))
                {
                    yield return $"src/{pathBelowSrc}:{LineOf(code, declaration.Index)}: declares namespace {name}; a file in this folder belongs to {expectedNamespace}";
                }
            }

            // A namespace declaration names the file's own part, which it may.
            code = NamespaceDeclaration.Replace(code, m => new string(' ', m.Length));
            if (part != Cmdlets)
            {
                foreach (Match use in PowerShellNamespaces.Matches(code))
                {
                    yield return $"src/{pathBelowSrc}:{LineOf(code, use.Index)}: Core uses {use.Value}; nothing in Core may know PowerShell";
                }
            }

            var uses = FullyQualified.Matches(code).Cast<Match>();
            if (part != Cmdlets)
            {
                uses = uses.Concat(PartiallyQualified.Matches(code).Cast<Match>());
            }

            foreach (Match use in uses)
            {
                string used = use.Groups["part"].Value;
                if (used != part && !allowed.Contains(used) && (used == Cmdlets || CoreParts.Contains(used)))
                {
                    string may = allowed.Length == 0 ? "no other part" : string.Join(", ", allowed);
                    yield return $"src/{pathBelowSrc}:{LineOf(code, use.Index)}: {DisplayName(part)} uses {DisplayName(used)} ('{use.Value}'); {DisplayName(part)} may use {may}";
                }
            }
        }

        /// <summary>The C# files of <paramref name="srcFolder"/>, as paths below it, build output left out.</summary>
        public static IEnumerable<string> SourceFiles(string srcFolder)
            => Directory.EnumerateFiles(srcFolder, "*.cs", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(srcFolder, file).Replace('\\', '/'))
                .Where(relative => !relative.Split('/').Any(folder => folder == "obj" || folder == "bin"))
                .OrderBy(relative => relative, StringComparer.Ordinal);

        /// <summary>Every violation in <see cref="SourceFiles"/> but the known exceptions, and every known exception that no longer happens.</summary>
        public static IEnumerable<string> ViolationsIn(string srcFolder)
        {
            var all = SourceFiles(srcFolder).SelectMany(relative => Violations(relative, File.ReadAllText(Path.Combine(srcFolder, relative)))).ToList();
            foreach (string violation in all.Where(v => !KnownExceptions.Any(known => IsKnown(v, known))))
            {
                yield return violation;
            }

            foreach (var known in KnownExceptions.Where(known => !all.Any(v => IsKnown(v, known))))
            {
                yield return $"src/{known.File}: the known exception '{DisplayName(PartOf(known.File))} uses {known.Uses}' no longer happens; remove it from DependencyRules.KnownExceptions and docs/ARCHITECTURE.md";
            }
        }

        private static bool IsKnown(string violation, (string File, string Uses) known)
            => violation.StartsWith($"src/{known.File}:", StringComparison.Ordinal)
            && violation.Contains($" uses {known.Uses} (", StringComparison.Ordinal);

        private static string DisplayName(string part) => part switch
        {
            "" => "Core's root",
            Cmdlets => "the cmdlet project",
            _ => part,
        };

        private static int LineOf(string text, int index) => text.Take(index).Count(c => c == '\n') + 1;
    }
}
