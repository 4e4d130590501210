namespace Factbook.Generator.Tests.Ids;

/// <summary>
/// <c>members: none</c>: data reached by id and lookups, not by name in code, gets no member per entry, so the
/// compiler does not build one method and one enum member per entry in every build.
/// </summary>
public sealed class NoMembersTests
{
    private const string Schema = "types:\n  Advisory:\n    members: none\n    fields:\n      summary: string\n      aliases: { type: \"string[]\", index: true }\n";

    // 'CVE-1' and 'cve-1' would both be the member Cve1 (FB0024); without members both stand.
    private const string Advisories = "advisories:\n  - id: CVE-1\n    summary: first\n    aliases: [GHSA-a]\n  - id: cve-1\n    summary: second\n    aliases: [GHSA-b]\n";

    private static ContentFile[] Files(string schema = Schema) =>
        [new ContentFile("/p/content/advisories.schema.yaml", schema), new ContentFile("/p/content/advisories.yaml", Advisories)];

    [Fact]
    public void EntriesAreReachedByIdKeyAndLookupsWithNoMemberEach()
    {
        const string probe = """
            using Test.Content;
            public static class Probe
            {
                public static string Run() => Advisories.Count + "|" + Advisories.Get("cve-1").Summary + "|" + Advisories.Get((AdvisoryId)0).Id + "|" + Advisories.ByAliases("GHSA-b")[0].Id + "|" + Advisories.All[0].Key
                    + "|" + typeof(AdvisoryId).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static).Length
                    + "|" + typeof(Advisories).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static).Length;
            }
            """;

        var run = GeneratorHarness.Run(Files(), probe);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        // Public static properties left: All and AllIncludingRetired; the enum has no member.
        Assert.Equal("2|second|CVE-1|cve-1|0|0|2", run.Invoke("Probe", "Run"));
    }

    [Fact]
    public void WithMembersTheSameIdsCollide()
    {
        var run = GeneratorHarness.Run(Files(Schema.Replace("    members: none\n", string.Empty, StringComparison.Ordinal)));

        Assert.Equal("FB0024", Assert.Single(run.FactbookDiagnostics).Id);
    }

    [Theory]
    [InlineData("all", "Invalid file binding: 'members' of type 'Advisory' must map ids to C# names (e.g. members: { \"c#\": CSharpLower }) or be 'none', not the text 'all'")]
    [InlineData("[none]", "Invalid file binding: 'members' of type 'Advisory' must map ids to C# names (e.g. members: { \"c#\": CSharpLower }) or be 'none', not a list")]
    public void AnythingElseThanAMappingOrNoneIsRefusedAtTheKey(string members, string message)
    {
        var run = GeneratorHarness.Run(Files(Schema.Replace("members: none", "members: " + members, StringComparison.Ordinal)));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0051", 3, 14), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.StartsWith(message, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>Turning members off and on again in the schema gives what a cold run gives, both ways.</summary>
    [Fact]
    public void SwitchingMembersOffAndOnIsTheSameAsAColdRun()
    {
        IReadOnlyDictionary<string, string> content = Files().ToDictionary(file => file.Path, file => file.Text);
        var session = new EditSession(content, properties: null);
        var schemaPath = "/p/content/advisories.schema.yaml";
        var withMembers = content.ToDictionary(pair => pair.Key, pair => pair.Key == schemaPath ? Schema.Replace("    members: none\n", "    members: { cve-1: LowerCve }\n", StringComparison.Ordinal) : pair.Value);

        session.Apply(withMembers);
        Assert.Empty(session.AssertSameAsColdRun("members on"));
        Assert.Contains(session.Sources, source => source.Text.Contains("LowerCve => ", StringComparison.Ordinal));

        session.Apply(content);
        Assert.Empty(session.AssertSameAsColdRun("members off"));
        Assert.DoesNotContain(session.Sources, source => source.Text.Contains("LowerCve", StringComparison.Ordinal));
    }
}
