using System.Collections.Generic;
using System.Linq;

namespace Factbook.Generator.Diagnostics
{
    /// <summary>The registry of every diagnostic; <c>docs/diagnostics.md</c> has an example of each.</summary>
    internal static class FactbookDiagnostics
    {
        private const string Yaml = "Factbook.Yaml";
        private const string Schema = "Factbook.Schema";
        private const string Content = "Factbook.Content";
        private const string Code = "Factbook.Code";

        public static readonly FactbookDiagnostic YamlSyntax = new("FB0001", "Invalid YAML", "Invalid YAML: {0}", true, Yaml);
        public static readonly FactbookDiagnostic DuplicateKey = new("FB0002", "Duplicate key", "The key '{0}' appears twice in the same mapping; it was first given on line {1}", true, Yaml);
        public static readonly FactbookDiagnostic NestingTooDeep = new("FB0003", "Nesting too deep", "The YAML nests deeper than {0} levels; flatten the content, or raise the MSBuild property FactbookMaxDepth", true, Yaml);
        public static readonly FactbookDiagnostic AliasNotSupported = new("FB0004", "Anchors and aliases are not supported", "Anchors and aliases ('{0}') are not supported in Factbook content; write the value out", true, Yaml);
        public static readonly FactbookDiagnostic MultipleDocuments = new("FB0005", "More than one YAML document", "A content file holds one YAML document; split the documents after '---' into files of their own", true, Yaml);
        public static readonly FactbookDiagnostic FileTooLarge = new("FB0006", "File too large", "The file has {0} characters, more than the limit of {1}; split it, or raise the MSBuild property FactbookMaxFileChars", true, Yaml);
        public static readonly FactbookDiagnostic ValueTooLong = new("FB0007", "Value too long", "This value has {0} characters, more than the limit of {1}; shorten it, or raise the MSBuild property FactbookMaxScalarChars", true, Yaml);
        public static readonly FactbookDiagnostic ComplexKey = new("FB0009", "Mapping key is not text", "A mapping key must be plain text, not {0}", true, Yaml);
        public static readonly FactbookDiagnostic NotUtf8 = new("FB0008", "Not UTF-8", "The file contains bytes that are not valid UTF-8 (read as U+FFFD); save it as UTF-8", true, Yaml);

        public static readonly FactbookDiagnostic InvalidSchema = new("FB0010", "Invalid schema", "Invalid schema: {0}", true, Schema);
        public static readonly FactbookDiagnostic UnknownSchemaKey = new("FB0011", "Unknown schema key", "Unknown key '{0}' in {1}{2}; allowed keys are {3}", true, Schema);
        public static readonly FactbookDiagnostic UnknownFieldType = new("FB0012", "Unknown field type", "Unknown type '{0}' for field '{1}'{2}; use {3} or a declared type, with [] for a list", true, Schema);
        public static readonly FactbookDiagnostic InvalidTypeName = new("FB0013", "Invalid type name", "The type name '{0}' must be PascalCase ASCII letters and digits, starting with a capital letter", true, Schema);
        public static readonly FactbookDiagnostic NameCollision = new("FB0014", "Generated names collide", "The name '{0}' would be generated twice: for {1} and for {2}", true, Schema);
        public static readonly FactbookDiagnostic InvalidFieldName = new("FB0015", "Invalid field name", "The field name '{0}' {1}", true, Schema);
        public static readonly FactbookDiagnostic InvalidEnumValues = new("FB0016", "Invalid enum values", "The enum field '{0}' {1}", true, Schema);
        public static readonly FactbookDiagnostic InvalidDefault = new("FB0017", "Invalid default value", "The default of field '{0}' {1}", true, Schema);
        public static readonly FactbookDiagnostic InvalidCollectionName = new("FB0018", "Invalid collection name", "The collection name '{0}' must be lowercase ASCII letters, digits and '_' or '-', starting with a letter", true, Schema);

        public static readonly FactbookDiagnostic NameTooLong = new("FB0019", "Name too long", "The {0} '{1}' {2}; names that become C# names are at most 200 characters, and generated names at most 800 (the compiler's limit is 1,024 bytes, a file name's 255)", true, Schema);

        public static readonly FactbookDiagnostic UnknownCollection = new("FB0020", "Unknown collection", "Unknown collection '{0}'{1}; the schema declares {2}", true, Content);
        public static readonly FactbookDiagnostic MissingId = new("FB0021", "Entry without id", "This {0} entry has no 'id'", true, Content);
        public static readonly FactbookDiagnostic InvalidId = new("FB0022", "Invalid id", "The id '{0}' must be a lowercase slug: letters a-z, digits and single '-' or '_' between them, starting with a letter{1}", true, Content);
        public static readonly FactbookDiagnostic DuplicateId = new("FB0023", "Duplicate id", "The id '{0}' is used twice in {1}: here and at {2}", true, Content);
        public static readonly FactbookDiagnostic IdNameCollision = new("FB0024", "Id collides with a generated name", "The id '{0}' becomes the C# name '{1}', which {2}", true, Content);
        public static readonly FactbookDiagnostic UnknownField = new("FB0025", "Unknown field", "{0} has no field '{1}'{2}", true, Content);
        public static readonly FactbookDiagnostic MissingRequiredField = new("FB0026", "Missing required field", "{0} is missing the required field '{1}'", true, Content);
        public static readonly FactbookDiagnostic InvalidValue = new("FB0027", "Invalid value", "The field '{0}' expects {1}, but '{2}' is not one{3}", true, Content);
        public static readonly FactbookDiagnostic UnknownEnumValue = new("FB0028", "Unknown enum value", "'{0}' is not an allowed value of '{1}'{2}; allowed values are {3}", true, Content);
        public static readonly FactbookDiagnostic UnresolvedReference = new("FB0029", "Unknown reference", "The field '{0}' refers to {1} '{2}', which does not exist{3}", true, Content);
        public static readonly FactbookDiagnostic WrongShape = new("FB0030", "Wrong kind of value", "{0} expects {1}, but here is {2}{3}", true, Content);
        public static readonly FactbookDiagnostic NoSchema = new("FB0031", "No schema", "Content was found but no schema file; declare the types in a file named '*.schema.yaml'", false, Content);
        public static readonly FactbookDiagnostic NoContent = new("FB0035", "No content found", "Factbook found no .yaml or .yml file {0}, so it generates nothing{1}", false, Content);
        public static readonly FactbookDiagnostic MoreProblems = new("FB0036", "More problems not shown", "{0} more problems {1} are not shown; fix the ones reported and build again", false, Content);
        public static readonly FactbookDiagnostic TooMuchText = new("FB0037", "Too much text for one assembly", "This entry holds about {0} characters of text and is left out: the generated tables would need {1}, more than the {2} the compiler allows for the string literals of one assembly; shorten the longest texts, or split the content over projects", true, Content);
        public static readonly FactbookDiagnostic LanguageVersionTooOld = new("FB0038", "C# version too old", "The project compiles C# {0}, and the code Factbook generates needs C# {1} or later; set <LangVersion>{1}</LangVersion> (or latest) in the project file (netstandard2.0 and .NET Framework projects default to C# 7.3)", true, Content);
        public static readonly FactbookDiagnostic RetiredReference = new("FB0034", "Reference to a retired entry", "The field '{0}' refers to the retired {1} '{2}'{3}", false, Content);
        public static readonly FactbookDiagnostic InvalidLimit = new("FB0033", "Invalid limit", "The MSBuild property {0} must be {1}, not '{2}'; using {3}", true, Content);
        public static readonly FactbookDiagnostic InvalidNamespace = new("FB0032", "Invalid namespace", "The namespace '{0}' {1}; using '{2}' instead", true, Content);

        public static readonly FactbookDiagnostic UnknownIdInCode = new("FB0040", "Unknown id in code", "'{0}' is not the id of any {1} in '{2}'{3}", true, Code);

        public static readonly FactbookDiagnostic InternalError = new("FB0999", "Internal error", "Factbook failed on {0}: {1}; please report it", true, Content);

        public static readonly IReadOnlyList<FactbookDiagnostic> All = typeof(FactbookDiagnostics)
            .GetFields()
            .Where(field => field.FieldType == typeof(FactbookDiagnostic))
            .Select(field => (FactbookDiagnostic)field.GetValue(null)!)
            .OrderBy(diagnostic => diagnostic.Id, System.StringComparer.Ordinal)
            .ToList();

        private static readonly Dictionary<string, FactbookDiagnostic> ById = All.ToDictionary(d => d.Id);

        public static FactbookDiagnostic Find(string id) => ById[id];
    }
}
