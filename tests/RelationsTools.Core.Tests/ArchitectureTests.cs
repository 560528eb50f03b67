using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using RelationsTools.Model;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>
    /// The dependencies between the parts that docs/ARCHITECTURE.md draws: Model on nothing, Data on Model,
    /// Query on Model and Data, Compare on Model, Report on all of Core, the cmdlets on Core, and
    /// nothing in Core on PowerShell. Held here so that a forbidden <c>using</c> fails the build's tests, not a review.
    /// </summary>
    public class ArchitectureTests
    {
        private static string Src => Path.Combine(RepoPaths.Root, "src");

        [Fact]
        public void No_source_file_depends_on_a_part_it_may_not_know()
        {
            var violations = DependencyRules.ViolationsIn(Src).ToList();

            Assert.True(violations.Count == 0, "Forbidden dependencies (see docs/ARCHITECTURE.md):\n" + string.Join("\n", violations));
        }

        [Fact]
        public void The_rules_read_both_projects_and_no_build_output()
        {
            var files = DependencyRules.SourceFiles(Src).ToList();

            Assert.Contains("RelationsTools.Core/Model/FuzzyDate.cs", files);
            Assert.Contains("RelationsTools.Core/HotPath.cs", files);
            Assert.Contains("RelationsTools.PowerShell/RelationsCmdlet.cs", files);
            Assert.DoesNotContain(files, f => f.Contains("/obj/", StringComparison.Ordinal));
        }

        [Fact]
        public void Core_references_no_PowerShell_assembly_or_package()
        {
            var references = typeof(FuzzyDate).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
            Assert.DoesNotContain("System.Management.Automation", references);
            Assert.DoesNotContain("RelationsTools.PowerShell", references);

            var project = XDocument.Load(Path.Combine(Src, "RelationsTools.Core", "RelationsTools.Core.csproj"));
            var included = project.Descendants().Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference" or "Reference")
                .Select(e => (string?)e.Attribute("Include") ?? string.Empty).ToList();
            Assert.DoesNotContain(included, name => name.Contains("PowerShell", StringComparison.OrdinalIgnoreCase) || name.Contains("Management.Automation", StringComparison.OrdinalIgnoreCase));
        }

        // The rules themselves, on made-up files: each forbidden way of naming another part is caught, and
        // what only looks like one (a comment, a message, a member named Data) is not.
        [Theory]
        [InlineData("RelationsTools.Core/Data/X.cs", "using RelationsTools.Query;\nnamespace RelationsTools.Data { }", "Data uses Query")]
        [InlineData("RelationsTools.Core/Data/X.cs", "namespace RelationsTools.Data { class X { RelationsTools.Report.HtmlReport? r; } }", "Data uses Report")]
        [InlineData("RelationsTools.Core/Data/X.cs", "namespace RelationsTools.Data { class X { global::RelationsTools.Compare.ClaimLedger? l; } }", "Data uses Compare")]
        [InlineData("RelationsTools.Core/Data/X.cs", "namespace RelationsTools.Data { class X { Query.TextPattern? p; } }", "Data uses Query")]
        [InlineData("RelationsTools.Core/Model/X.cs", "using static RelationsTools.Data.DataErrorIds;\nnamespace RelationsTools.Model { }", "Model uses Data")]
        [InlineData("RelationsTools.Core/Model/X.cs", "using Scan = RelationsTools.Query.EventScan;\nnamespace RelationsTools.Model { }", "Model uses Query")]
        [InlineData("RelationsTools.Core/Query/X.cs", "using RelationsTools.Compare;\nnamespace RelationsTools.Query { }", "Query uses Compare")]
        [InlineData("RelationsTools.Core/Compare/X.cs", "using RelationsTools.Data;\nnamespace RelationsTools.Compare { }", "Compare uses Data")]
        [InlineData("RelationsTools.Core/Report/X.cs", "using RelationsTools.PowerShell;\nnamespace RelationsTools.Report { }", "Report uses the cmdlet project")]
        [InlineData("RelationsTools.Core/Report/X.cs", "using System.Management.Automation;\nnamespace RelationsTools.Report { }", "Core uses System.Management.Automation")]
        [InlineData("RelationsTools.Core/HotPath.cs", "namespace RelationsTools { class X { Microsoft.PowerShell.Commands.X? x; } }", "Core uses Microsoft.PowerShell")]
        [InlineData("RelationsTools.Core/Data/X.cs", "namespace RelationsTools.Query { }", "declares namespace RelationsTools.Query")]
        public void A_forbidden_dependency_is_caught(string path, string source, string expected)
        {
            var violation = Assert.Single(DependencyRules.Violations(path, source));
            Assert.Contains(expected, violation);
        }

        [Theory]
        [InlineData("RelationsTools.Core/Data/X.cs", "using RelationsTools.Model;\nnamespace RelationsTools.Data { class X { Model.Qualifier q; } }")]
        [InlineData("RelationsTools.Core/Data/X.cs", "namespace RelationsTools.Data {\n// Query.TextPattern and RelationsTools.Report are named here only in prose.\n/* using RelationsTools.Compare; */ }")]
        [InlineData("RelationsTools.Core/Data/X.cs", "namespace RelationsTools.Data { class X { string s = \"RelationsTools.Query.X\"; string v = @\"System.Management.Automation\"; } }")]
        [InlineData("RelationsTools.Core/Query/X.cs", "namespace RelationsTools.Query { class X { object o = scan.Report.Value; } }")]
        [InlineData("RelationsTools.Core/Report/X.cs", "using RelationsTools.Compare;\nusing RelationsTools.Data;\nusing RelationsTools.Query;\nnamespace RelationsTools.Report { }")]
        [InlineData("RelationsTools.PowerShell/X.cs", "using System.Management.Automation;\nusing RelationsTools.Query;\nnamespace RelationsTools.PowerShell { class X { object o = Data.Sources; } }")]
        public void What_a_part_may_know_is_no_violation(string path, string source)
        {
            Assert.Empty(DependencyRules.Violations(path, source));
        }
    }
}
