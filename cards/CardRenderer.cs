using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseCoach.Cards;

/// <summary>Binds a card template to a view-model, producing the Adaptive Card JSON sent to Teams or Outlook.</summary>
public interface ICardRenderer
{
    JsonElement Render<TModel>(TModel model) where TModel : ICardModel;

    JsonElement Render(string templateName, object viewModel);
}

public sealed class CardRenderer(CardCatalog catalog) : ICardRenderer
{
    /// <summary>camelCase, dates as yyyy-MM-ddTHH:mm:ssZ (the form the card's {{DATE()}} accepts).</summary>
    public static readonly JsonSerializerOptions ViewModelJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new CardDateConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public JsonElement Render<TModel>(TModel model) where TModel : ICardModel => Render(TModel.TemplateName, model);

    public JsonElement Render(string templateName, object viewModel)
    {
        ArgumentNullException.ThrowIfNull(viewModel);
        var data = JsonSerializer.SerializeToElement(viewModel, viewModel.GetType(), ViewModelJson);
        return catalog.Get(templateName).Expand(data);
    }
}

internal sealed class CardDateConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    /// <summary>The form a card's {{DATE()}} and {{TIME()}} accept, for a view-model field that may be empty.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
