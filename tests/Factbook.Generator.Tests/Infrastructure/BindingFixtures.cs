namespace Factbook.Generator.Tests.Infrastructure;

/// <summary>Where the binding tests write the schema of their type <c>Thing</c> and the file it binds, <c>things.yml</c>.</summary>
internal static class BindingFixtures
{
    public const string SchemaPath = "/project/content/things.schema.yaml";
    public const string ThingsPath = "/project/content/things.yml";

    /// <summary>A schema that names the member of each of <paramref name="count"/> ids, and a map of those entries.</summary>
    public static (string Schema, string Content) Overrides(int count)
    {
        var schema = new StringBuilder("types:\n  Thing:\n    files: things.yml\n    layout: map\n    members:\n");
        var content = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            schema.Append("      \"id ").Append(i).Append("\": Named").Append(i).Append('\n');
            content.Append("\"id ").Append(i).Append("\":\n  name: n\n");
        }

        schema.Append("    fields:\n      name: string\n");
        return (schema.ToString(), content.ToString());
    }
}
