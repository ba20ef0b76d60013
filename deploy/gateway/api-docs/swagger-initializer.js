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
    persistAuthorization: false,
    // The services do not know that the gateway publishes them under /api/<service>: "Try it out" would call
    // http://localhost:8080/proposals. Point each document's servers at its gateway prefix as it is loaded.
    responseInterceptor: function (res) {
      var s = services.filter(function (svc) { return res.url && res.url.indexOf(specUrl(svc)) >= 0; })[0];
      if (s && res.ok && typeof res.text === 'string') {
        try {
          var doc = JSON.parse(res.text);
          doc.servers = [{ url: '/api/' + s.id, description: 'through the gateway' }];
          res.text = JSON.stringify(doc);
          res.body = doc;
          res.obj = doc;
        } catch (e) { /* not JSON: leave the document alone */ }
      }
      return res;
    }
  });
});
