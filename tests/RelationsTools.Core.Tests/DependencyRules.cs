using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace RelationsTools.Tests
{
    /// <summary>
    /// The parts of the code (docs/ARCHITECTURE.md) and which others each may know. A part is a namespace below
    /// the root (<c>RelationsTools.Query</c> is Query; a namespace below a part, such as <c>RelationsTools.Data.Texts</c>,
    /// is a part of its own, unknown until the document and this table name it); a folder is its namespace.
    /// What a part knows is read from the compiled assembly (<see cref="AssemblyDependencies"/>), so no way of
    /// spelling a name in the source can hide a use.
    /// </summary>
    internal static class DependencyRules
    {
        public const string Root = "RelationsTools";

        private const string Cmdlets = "PowerShell";

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

        // What no part of Core may use: PowerShell's namespaces and assemblies, and the cmdlet project.
        private static readonly string[] PowerShellNamespaces = { "System.Management.Automation", "Microsoft.PowerShell", Root + "." + Cmdlets };
        private static readonly string[] PowerShellAssemblies = { "System.Management.Automation", "Microsoft.PowerShell.Commands.Utility", "RelationsTools.PowerShell" };

        /// <summary>
        /// Forbidden dependencies that main has today, each with the reason it is not fixed yet (docs/ARCHITECTURE.md,
        /// Known exceptions), as (using part, used part). Any other violation fails, and so does an entry here that no
        /// longer happens: the list only shrinks.
        /// </summary>
        private static readonly (string Part, string Uses)[] KnownExceptions =
        {
        };

        /// <summary>
        /// Every use in <paramref name="uses"/> (of a Core assembly) that the rules forbid, one line per pair of parts
        /// with the first place that makes it; types outside <paramref name="root"/> (the compiler's own) are not parts.
        /// </summary>
        public static IEnumerable<string> Violations(IEnumerable<TypeUse> uses, string root = Root)
        {
            var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var use in uses)
            {
                if (PartOf(use.From, root) is not string part)
                {
                    continue;
                }

                if (!Allowed.TryGetValue(part, out var allowed))
                {
                    found.TryAdd($"{use.From} is no part of docs/ARCHITECTURE.md", $"{use.Where}; add it to the document and to DependencyRules");
                    continue;
                }

                if (PowerShellNamespaces.Any(name => IsWithin(use.To, name)) || PowerShellAssemblies.Contains(use.ToAssembly))
                {
                    found.TryAdd($"Core uses PowerShell ({use.ToAssembly ?? use.To})", $"{use.Where} uses {use.ToType}; nothing in Core may know PowerShell");
                    continue;
                }

                if (use.ToAssembly is null && PartOf(use.To, root) is string used && used != part && !allowed.Contains(used)
                    && !KnownExceptions.Contains((part, used)))
                {
                    string may = allowed.Length == 0 ? "no other part" : string.Join(", ", allowed);
                    found.TryAdd($"{DisplayName(part)} uses {DisplayName(used)}", $"{use.Where} uses {use.ToType}; {DisplayName(part)} may use {may}");
                }
            }

            var all = uses.ToList();
            foreach (var known in KnownExceptions.Where(known => !all.Any(use => PartOf(use.From, root) == known.Part && PartOf(use.To, root) == known.Uses)))
            {
                found.TryAdd($"known exception {DisplayName(known.Part)} uses {DisplayName(known.Uses)}", "no longer happens; remove it from DependencyRules.KnownExceptions and docs/ARCHITECTURE.md");
            }

            return found.Select(pair => $"{pair.Key}: {pair.Value}");
        }

        /// <summary>The part a namespace belongs to: "" for the root itself, null outside the root.</summary>
        public static string? PartOf(string ns, string root = Root)
            => ns == root ? string.Empty : ns.StartsWith(root + ".", StringComparison.Ordinal) ? ns.Substring(root.Length + 1) : null;

        /// <summary>Each C# file under src/ whose namespace is not its folder's, which would put its code in another part than its folder says.</summary>
        public static IEnumerable<string> MisplacedNamespaces(string srcFolder)
        {
            foreach (string relative in SourceFiles(srcFolder))
            {
                string expected = NamespaceOfFolder(relative);
                string code = CommentsAndLiterals.Replace(File.ReadAllText(Path.Combine(srcFolder, relative)), m => Regex.Replace(m.Value, "[^\n]", " "));
                foreach (Match declaration in NamespaceDeclaration.Matches(code))
                {
                    if (declaration.Groups["name"].Value != expected)
                    {
                        yield return $"src/{relative}: declares namespace {declaration.Groups["name"].Value}; a file in this folder belongs to {expected}";
                    }
                }
            }
        }

        /// <summary>The C# files of <paramref name="srcFolder"/>, as paths below it, build output left out.</summary>
        public static IEnumerable<string> SourceFiles(string srcFolder)
            => Directory.EnumerateFiles(srcFolder, "*.cs", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(srcFolder, file).Replace('\\', '/'))
                .Where(relative => !relative.Split('/').Any(folder => folder == "obj" || folder == "bin"))
                .OrderBy(relative => relative, StringComparer.Ordinal);

        /// <summary><c>RelationsTools.Core/Data/X.cs</c> is in RelationsTools.Data; the cmdlet project, one part, is RelationsTools.PowerShell in every folder.</summary>
        private static string NamespaceOfFolder(string relative)
        {
            var folders = relative.Split('/').SkipLast(1).ToList();
            return folders[0] == "RelationsTools.Core" ? string.Join(".", new[] { Root }.Concat(folders.Skip(1))) : folders[0];
        }

        private static bool IsWithin(string ns, string outer) => ns == outer || ns.StartsWith(outer + ".", StringComparison.Ordinal);

        private static string DisplayName(string part) => part switch
        {
            "" => "Core's root",
            Cmdlets => "the cmdlet project",
            _ => part,
        };

        private static readonly Regex NamespaceDeclaration = new Regex(@"^\s*namespace\s+(?<name>[\w.]+)", RegexOptions.Multiline);

        // Comments, then string and character literals (verbatim, interpolated, raw and plain), blanked so that prose and messages never count.
        private static readonly Regex CommentsAndLiterals = new Regex(
            @"//[^\n]*|/\*.*?\*/|\$*""""""[\s\S]*?""""""|(?:\$@|@\$|@)""(?:[^""]|"""")*""|\$?""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)+'",
            RegexOptions.Singleline);
    }
}
