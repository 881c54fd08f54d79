/**
 * Selecting parcels by area: 框选 (drag a box; Shift+drag works without choosing the
 * tool) and 多边形选择 (click the corners, double-click to finish). Each hands the drawn
 * polygon, in the map's projection, to the page.
 */
import type OlMap from 'ol/Map.js';
import DragBox from 'ol/interaction/DragBox.js';
import Draw from 'ol/interaction/Draw.js';
import { always, shiftKeyOnly } from 'ol/events/condition.js';
import type Polygon from 'ol/geom/Polygon.js';

export type SelectionTool = 'none' | 'box' | 'polygon';

export interface SelectionTools {
  setTool(tool: SelectionTool): void;
  dispose(): void;
}

export function addSelectionTools(map: OlMap, onPolygon: (polygon: Polygon) => void): SelectionTools {
  let tool: SelectionTool = 'none';
  const box = new DragBox({ condition: (e) => (tool === 'box' ? always() : shiftKeyOnly(e)) });
  box.on('boxend', () => onPolygon(box.getGeometry().clone()));
  map.addInteraction(box);

  let draw: Draw | null = null;
  const stopDrawing = () => {
    if (draw) map.removeInteraction(draw);
    draw = null;
  };
  const startDrawing = () => {
    stopDrawing();
    draw = new Draw({ type: 'Polygon' });
    draw.on('drawend', (e) => onPolygon(e.feature.getGeometry() as Polygon));
    map.addInteraction(draw);
  };

  return {
    setTool(next) {
      tool = next;
      if (next === 'polygon') startDrawing();
      else stopDrawing();
      map.getTargetElement()?.style.setProperty('cursor', next === 'none' ? '' : 'crosshair');
    },
    dispose() {
      stopDrawing();
      map.removeInteraction(box);
    },
  };
}
