using static Factbook.Generator.Tests.Infrastructure.BindingFixtures;
using static Factbook.Generator.Tests.Infrastructure.RunFixtures;

namespace Factbook.Generator.Tests.Schema;

/// <summary>
/// Mistakes in the keys that bind existing YAML (<c>files</c>, <c>layout</c>, <c>id</c>, <c>group</c>, <c>members</c>,
/// <c>extra_fields</c>) and in <c>index</c>: each is one FB0051 or FB0010 at the value with a message that says what is
/// allowed, its value escaped, and a type left out for it leaves no false report about its file.
/// </summary>
public class SchemaErrorTests
{
    private const string SchemaFields = "    fields:\n      name: string\n      tag: { type: string, optional: true }\n      other: { type: Thing, optional: true }\n      spot: { type: object, optional: true, fields: { x: string } }\n";

    public static TheoryData<string, string, int, int, string> SchemaErrors => new()
    {
        // the type's keys (from line 3), its fields (or null for the usual ones), line, column, a phrase of the message
        { "files: things.yml\n    layout: tree", null!, 4, 13, "layout of type 'Thing' must be one of collections, list, map, record, groups, not 'tree'" },
        { "files: things.yml\n    layout: lists", null!, 4, 13, "(did you mean 'list'?)" },
        { "files: things.yml\n    layout: { a: b }", null!, 4, 13, "not a mapping" },
        { "files: things.yml\n    layout: list\n    id: { from: key }", null!, 5, 9, "'id: { from: key }' of type 'Thing' needs 'layout: map'" },
        { "files: things.yml\n    layout: record\n    id: { from: key }", null!, 5, 9, "needs 'layout: map'" },
        { "id: { from: key }", null!, 3, 9, "needs 'files'" },
        { "layout: map", null!, 3, 13, "needs 'files'" },
        { "files: things.yml\n    id: { from: field, field: nope }", null!, 4, 31, "the id field 'nope' of type 'Thing' must be one of its required single-value fields" },
        { "files: things.yml\n    id: { from: field, field: tag }", null!, 4, 31, "the id field 'tag'" },
        { "files: things.yml\n    id: { from: field, field: spot }", null!, 4, 31, "the id field 'spot'" },
        { "files: things.yml\n    id: { from: field, field: nmae }", null!, 4, 31, "(did you mean 'name'?)" },
        { "files: things.yml\n    id: { from: field }", null!, 4, 9, "needs 'field'" },
        { "files: things.yml\n    id: { from: keys }", null!, 4, 17, "(did you mean 'key'?)" },
        { "files: things.yml\n    id: { form: key }", null!, 4, 11, "(did you mean 'from'?)" },
        { "files: things.yml\n    id: name", null!, 4, 9, "'id' of type 'Thing' must be a mapping" },
        { "files: things.yml\n    id: { from: key, field: name }", null!, 4, 29, "only applies with 'from: field'" },
        { "files: things.yml\n    layout: list\n    group: name", null!, 5, 12, "'group' of type 'Thing' only applies with 'layout: groups'" },
        { "files: things.yml\n    group: name", null!, 4, 12, "only applies with 'layout: groups'" },
        { "files: things.yml\n    layout: groups", null!, 4, 13, "'layout: groups' of type 'Thing' needs 'group'" },
        { "files: things.yml\n    layout: groups\n    group: other", null!, 5, 12, "must name one of its text or enum fields" },
        { "files: things.yml\n    layout: groups\n    group: nmae", null!, 5, 12, "(did you mean 'name'?)" },
        { "files: things.yml\n    layout: groups\n    group: [name]", null!, 5, 12, "must name one of its text or enum fields" },
        { "files: []", null!, 3, 12, "'files' of type 'Thing' must be a file pattern or a list of them" },
        { "files: { a: b }", null!, 3, 12, "'files' of type 'Thing' must be a file pattern or a list of them" },
        { "files: [things.yml, [a]]", null!, 3, 25, "must list file patterns, not a list" },
        { "files: \"\"", null!, 3, 12, "is empty" },
        { "files: \"things/../../x.yml\"", null!, 3, 12, "'../' may only start a pattern" },
        { "files: \"/etc/*.yml\"", null!, 3, 12, "starts with '/'" },
        { "files: \"a\\\\b.yml\"", null!, 3, 12, "uses '\\'" },
        { "files: \"***\"", null!, 3, 12, "has '***'" },
        { "files: things.yml\n    members: [x]", null!, 4, 14, "'members' of type 'Thing' must map ids to C# names" },
        { "files: things.yml\n    members: { a: \"not valid\" }", null!, 4, 19, "the member name for the id 'a' of type 'Thing'" },
        { "files: things.yml\n    members: { a: class }", null!, 4, 19, "the member name for the id 'a'" },
        { "files: things.yml\n    members: { a: data }", null!, 4, 19, "the member name for the id 'a'" },
        { "files: things.yml\n    members: { a: 1A }", null!, 4, 19, "the member name for the id 'a'" },
        { "files: things.yml\n    members: { a: [A] }", null!, 4, 19, "the member name for the id 'a'" },
        { "files: things.yml\n    extra_fields: maybe", null!, 4, 19, "extra_fields of type 'Thing' must be one of error, warn, ignore, not 'maybe'" },
        { "files: things.yml\n    extra_fields: ignroe", null!, 4, 19, "(did you mean 'ignore'?)" },
        { "description: x", "    fields:\n      name: string\n      tag: { type: string, optional: true, index: maybe }\n", 6, 51, "'index' of field 'tag' of Thing must be true or false" },
        { "description: x", "    fields:\n      name: string\n      other: { type: Thing, optional: true, index: true }\n", 6, 52, "a reference has its reverse lookup (By…) already" },
        { "description: x", "    fields:\n      name: string\n      spot: { type: object, optional: true, index: true, fields: { x: string } }\n", 6, 52, "'index' of field 'spot' of Thing only applies to fields of a built-in kind or an enum" },
    };

    [Theory]
    [MemberData(nameof(SchemaErrors))]
    public void BadBindingsAreOneLocatedFB0051AndBadFieldsFB0010WithAHelpfulMessage(string keys, string? fields, int line, int column, string phrase)
    {
        var schema = "types:\n  Thing:\n    " + keys + "\n" + (fields ?? SchemaFields);

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, "a:\n  name: A\n"));

        AssertNothingEscaped(run);
        var errors = run.FactbookDiagnostics.Where(d => d.Location.GetLineSpan().Path == SchemaPath).ToList();
        var diagnostic = Assert.Single(errors);
        Assert.Equal((fields is null ? "FB0051" : "FB0010", line, column), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains(phrase, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ABindingErrorNamesItsRefusedValueEscaped()
    {
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: \"a\\u202Eb\\nc\"\n" + SchemaFields;

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0051", diagnostic.Id);
        Assert.Contains("a\\u202Eb\\nc", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ATypeWhoseBindingIsRefusedLeavesItsFileWithoutAFalseReport()
    {
        // The type is left out; its file should not be said to match no type's 'files', which it does.
        var schema = "types:\n  Thing:\n    files: things.yml\n    layout: tree\n" + SchemaFields;

        var run = GeneratorHarness.Run(new ContentFile(SchemaPath, schema), new ContentFile(ThingsPath, "a:\n  name: A\n"));

        AssertNothingEscaped(run);
        Assert.DoesNotContain(run.FactbookDiagnostics, d => d.Id == "FB0039" && d.GetMessage().Contains("matches no type's 'files'", StringComparison.Ordinal));
    }
}
