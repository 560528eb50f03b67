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
    /// Validation and Query on Model and Data, Compare on Model, Report on all of Core, the cmdlets on Core, and
    /// nothing in Core on PowerShell. Read from the compiled Core assembly, so that a forbidden use fails the
    /// build's tests however the source spells it, not a review.
    /// </summary>
    public class ArchitectureTests
    {
        private static string Src => Path.Combine(RepoPaths.Root, "src");

        [Fact]
        public void No_part_of_Core_uses_a_part_it_may_not_know()
        {
            var violations = DependencyRules.Violations(AssemblyDependencies.Read(typeof(FuzzyDate).Assembly)).ToList();

            Assert.True(violations.Count == 0, "Forbidden dependencies (see docs/ARCHITECTURE.md):\n" + string.Join("\n", violations));
        }

        [Fact]
        public void Every_namespace_of_Core_is_a_part_the_rules_know()
        {
            var parts = AssemblyDependencies.Read(typeof(FuzzyDate).Assembly).Select(use => DependencyRules.PartOf(use.From)).OfType<string>().Distinct().OrderBy(p => p).ToList();

            Assert.Equal(new[] { string.Empty, "Compare", "Data", "Model", "Query", "Report", "Validation" }, parts);
        }

        [Fact]
        public void Every_source_file_declares_its_folders_namespace()
        {
            var misplaced = DependencyRules.MisplacedNamespaces(Src).ToList();

            Assert.True(misplaced.Count == 0, string.Join("\n", misplaced));
            Assert.Contains("RelationsTools.Core/Model/FuzzyDate.cs", DependencyRules.SourceFiles(Src));
            Assert.Contains("RelationsTools.PowerShell/Completion/DataCompleter.cs", DependencyRules.SourceFiles(Src));
            Assert.DoesNotContain(DependencyRules.SourceFiles(Src), f => f.Contains("/obj/", StringComparison.Ordinal));
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

        // The check itself, on made-up parts compiled into this test assembly (ArchitectureFixture.cs): each type of
        // its Data uses its Query in one way that no source text names in full.
        [Theory]
        [InlineData("InMethodBody")]
        [InlineData("InLambda")]
        [InlineData("InIterator")]
        [InlineData("InGenericField")]
        [InlineData("InAttribute")]
        [InlineData("InEnumAttribute")]
        [InlineData("InTypeof")]
        [InlineData("InAttributeArgument")]
        public void Every_way_of_using_another_part_is_seen_in_the_compiled_assembly(string type)
        {
            var uses = FixtureUses().Where(use => use.Where.StartsWith("ArchitectureFixture.Data." + type, StringComparison.Ordinal));

            var violation = Assert.Single(DependencyRules.Violations(uses, "ArchitectureFixture"));
            Assert.StartsWith("Data uses Query: ArchitectureFixture.Data." + type, violation);
        }

        [Fact]
        public void A_namespace_below_a_part_is_a_part_of_its_own_that_must_be_named()
        {
            var uses = FixtureUses().Where(use => use.From == "ArchitectureFixture.Data.Texts");

            var violation = Assert.Single(DependencyRules.Violations(uses, "ArchitectureFixture"));
            Assert.StartsWith("ArchitectureFixture.Data.Texts is no part of docs/ARCHITECTURE.md", violation);
        }

        [Fact]
        public void What_a_part_may_know_is_no_violation()
        {
            var uses = FixtureUses().Where(use => use.From is "ArchitectureFixture.Model" or "ArchitectureFixture.Query").ToList();

            Assert.NotEmpty(uses);
            Assert.Empty(DependencyRules.Violations(uses, "ArchitectureFixture"));
        }

        private static System.Collections.Generic.IEnumerable<TypeUse> FixtureUses() => AssemblyDependencies.Read(typeof(ArchitectureTests).Assembly);
    }
}
