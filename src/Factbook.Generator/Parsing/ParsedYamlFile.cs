namespace Factbook.Generator.Parsing
{
    /// <summary>One YAML file after parsing: its tree (null when it could not be read) and its syntax problems.</summary>
    internal sealed record ParsedYamlFile(string Path, bool IsSchema, YamlNode? Root, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        /// <summary>Schema files end in <c>.schema.yaml</c> or <c>.schema.yml</c>; every other YAML file is content.</summary>
        public static bool IsSchemaPath(string path) =>
            path.EndsWith(".schema.yaml", System.StringComparison.OrdinalIgnoreCase) ||
            path.EndsWith(".schema.yml", System.StringComparison.OrdinalIgnoreCase);

        public static bool IsYamlPath(string path) =>
            path.EndsWith(".yaml", System.StringComparison.OrdinalIgnoreCase) ||
            path.EndsWith(".yml", System.StringComparison.OrdinalIgnoreCase);
    }
}
