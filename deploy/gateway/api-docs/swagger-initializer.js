// Swagger UI over the four services' OpenAPI documents, each fetched through the gateway
// (/api/<service>/q/openapi is the only non-application endpoint the gateway exposes).
window.addEventListener('load', function () {
  'use strict';
  var services = [
    { id: 'proposal', name: 'Proposal API (proposal-service)' },
    { id: 'review', name: 'Review API (review-service)' },
    { id: 'production', name: 'Production API (production-service)' },
    { id: 'analytics', name: 'Analytics API (analytics-service)' }
  ];
  function specUrl(s) { return '/api/' + s.id + '/q/openapi?format=json'; }

  window.ui = SwaggerUIBundle({
    urls: services.map(function (s) { return { name: s.name, url: specUrl(s) }; }),
    'urls.primaryName': services[0].name,
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout',
    validatorUrl: null,
    tryItOutEnabled: false,
    persistAuthorization: false
    // Each document names its gateway prefix (/api/<service>) as its server, so "Try it out" calls the gateway.
  });
});
